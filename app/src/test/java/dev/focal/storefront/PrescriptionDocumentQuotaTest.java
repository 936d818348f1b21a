package dev.focal.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.CustomerAuthentication;
import dev.focal.customers.CustomerId;
import dev.focal.customers.MyPrescriptions;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.customers.PrescriptionExceptions.RxDocumentRejected;
import dev.focal.customers.RegisterCustomer;
import dev.focal.customers.RxKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One customer may keep at most {@code focal.rx.documents-per-customer} (20) prescription documents: the next
 * upload, in the shop or at the counter, is refused at the file field and leaves nothing behind.
 */
@IntegrationTest
class PrescriptionDocumentQuotaTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerAccounts accounts;
    @Autowired
    CustomerAuthentication customers;
    @Autowired
    MyPrescriptions myPrescriptions;
    @Autowired
    PrescriptionDesk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${focal.data-dir}")
    String dataDir;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_document_over_the_quota_is_refused_at_the_field_in_the_shop_and_at_the_counter() throws Exception {
        String email = "rx-quota-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        accounts.register(new RegisterCustomer(email, "Quinn Quota", PrescriptionPagesTest.PASSWORD));
        var session = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).session(session).param("email", email)
                .param("password", PrescriptionPagesTest.PASSWORD)).andExpect(redirectedUrl("/account"));
        CustomerId customer = new CustomerId(jdbc.queryForObject("select id from customer where email = ?",
                UUID.class, email));

        var user = customers.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var holder = myPrescriptions.wearers().getFirst().id();
        for (int i = 0; i < 20; i++) {
            myPrescriptions.upload(null, holder, RxKind.SPECTACLES, "rx-" + i + ".png", PrescriptionPagesTest.PNG);
        }
        SecurityContextHolder.clearContext();
        long files = documentFiles();

        mvc.perform(multipart("/account/prescriptions/upload")
                        .file(new MockMultipartFile("document", "one-more.png", "image/png", PrescriptionPagesTest.PNG))
                        .param("kind", "SPECTACLES").with(csrf()).session(session))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        "id=\"document-error\">This account already holds 20 prescription documents")));

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "quota-desk", null, AuthorityUtils.createAuthorityList("ROLE_OPTICIAN")));
        assertThatThrownBy(() -> desk.uploadDocument(customer, null, holder, RxKind.SPECTACLES, "scan.png",
                PrescriptionPagesTest.PNG)).isInstanceOf(RxDocumentRejected.class)
                .hasMessageContaining("the most one account may keep");

        assertThat(jdbc.queryForObject("select count(*) from prescription where customer_id = ?", Integer.class,
                customer.value())).as("no prescription was half made").isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from prescription_document where customer_id = ?",
                Integer.class, customer.value())).isEqualTo(20);
        assertThat(documentFiles()).as("no file was left behind").isEqualTo(files);
    }

    private long documentFiles() throws IOException {
        try (var list = Files.list(Path.of(dataDir, "rx-documents"))) {
            return list.count();
        }
    }
}
