package dev.focal.customers;

import static dev.focal.customers.RxFixtures.image;
import static dev.focal.customers.RxFixtures.newCustomer;
import static dev.focal.customers.RxFixtures.signInAs;
import static dev.focal.customers.RxFixtures.signInAsStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.platform.StaffSessionCheck;
import dev.focal.customers.PrescriptionExceptions.InvalidDocumentLink;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Prescription document links open only for the staff member and the backoffice session they were made in. */
@IntegrationTest
class RxDocumentLinksIntegrationTest {

    private static final Pattern LINK = Pattern.compile(
            "^/rx-documents/([0-9a-f-]{36})\\?expires=(\\d+)&by=rx-link-maker&signature=([A-Za-z0-9_-]+)$");

    @Autowired
    MyPrescriptions myPrescriptions;
    @Autowired
    PrescriptionDocuments rxDocuments;
    @Autowired
    CustomerRepository customers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    byte[] png;
    PrescriptionId prescription;
    RxDocumentId document;

    @BeforeEach
    void aCustomerUploadedADocument() {
        signInAs(customers, newCustomer(customers, "Lina Links"));
        png = image("png");
        prescription = myPrescriptions.upload(null, myPrescriptions.wearers().getFirst().id(), RxKind.SPECTACLES,
                "mine.png", png);
        document = myPrescriptions.get(prescription).documents().getFirst().id();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_link_opens_the_document_in_the_session_it_was_made_in_and_is_audited() throws Exception {
        MockHttpSession session = staffSession("rx-link-maker", "OPTICIAN");
        String link = linkFor(session);
        var matcher = LINK.matcher(link);
        assertThat(matcher.matches()).as(link).isTrue();
        assertThat(Long.parseLong(matcher.group(2)) - Instant.now().getEpochSecond()).isBetween(280L, 300L);
        int opened = audited();

        mvc.perform(get(link).session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")))
                .andExpect(header().string("Content-Security-Policy", "frame-ancestors 'self'"))
                .andExpect(content().bytes(png));

        assertThat(audited()).as("each opening is audited for the staff member").isEqualTo(opened + 1);
    }

    @Test
    void a_copied_link_opens_nothing_without_a_session_in_another_session_or_for_another_staff_member() throws Exception {
        String link = linkFor(staffSession("rx-link-maker", "OPTICIAN"));

        mvc.perform(get(link)).andExpect(status().isUnauthorized());
        // the same user, signed in in another browser
        mvc.perform(get(link).session(staffSession("rx-link-maker", "OPTICIAN"))).andExpect(status().isForbidden());
        mvc.perform(get(link).session(staffSession("another-optician", "OPTICIAN"))).andExpect(status().isForbidden());
        mvc.perform(get(link).session(customerSession())).andExpect(status().isUnauthorized());
    }

    @Test
    void staff_without_prescription_access_are_refused_even_with_a_link_made_for_their_session() throws Exception {
        MockHttpSession buyer = staffSession("a-buyer", "BUYER");
        long expires = Instant.now().plus(Duration.ofMinutes(4)).getEpochSecond();
        String link = "/rx-documents/" + document + "?expires=" + expires + "&by=a-buyer&signature="
                + rxDocuments.signature(document, expires, "a-buyer", buyer.getId());

        mvc.perform(get(link).session(buyer)).andExpect(status().isForbidden());
    }

    @Test
    void tampered_expired_or_foreign_links_are_refused() throws Exception {
        MockHttpSession session = staffSession("rx-link-maker", "OPTICIAN");
        var matcher = LINK.matcher(linkFor(session));
        assertThat(matcher.matches()).isTrue();
        long expires = Long.parseLong(matcher.group(2));
        String signature = matcher.group(3);
        String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        long past = Instant.now().minus(Duration.ofSeconds(1)).getEpochSecond();
        long farFuture = Instant.now().plus(Duration.ofDays(1)).getEpochSecond();
        String id = session.getId();

        signInAsStaff("rx-link-maker", "OPTICIAN");
        assertThat(rxDocuments.openLink(document, expires, "rx-link-maker", signature, id).content()).isEqualTo(png);
        assertThatThrownBy(() -> rxDocuments.openLink(document, expires, "rx-link-maker", flipped, id))
                .isInstanceOf(InvalidDocumentLink.class);
        assertThatThrownBy(() -> rxDocuments.openLink(document, expires + 60, "rx-link-maker", signature, id))
                .isInstanceOf(InvalidDocumentLink.class);
        assertThatThrownBy(() -> rxDocuments.openLink(document, past, "rx-link-maker",
                rxDocuments.signature(document, past, "rx-link-maker", id), id)).isInstanceOf(InvalidDocumentLink.class);
        assertThatThrownBy(() -> rxDocuments.openLink(document, farFuture, "rx-link-maker",
                rxDocuments.signature(document, farFuture, "rx-link-maker", id), id)).isInstanceOf(InvalidDocumentLink.class);
        assertThatThrownBy(() -> rxDocuments.openLink(document, expires, "rx-link-maker", "not base64 !", id))
                .isInstanceOf(InvalidDocumentLink.class);
        assertThatThrownBy(() -> rxDocuments.openLink(document, expires, "rx-link-maker", signature, "other-session"))
                .as("the session is signed").isInstanceOf(InvalidDocumentLink.class);
        signInAsStaff("someone-else", "OPTICIAN");
        assertThatThrownBy(() -> rxDocuments.openLink(document, expires, "rx-link-maker", signature, id))
                .as("only the staff member it was made for").isInstanceOf(InvalidDocumentLink.class);

        MockHttpSession mine = staffSession("rx-link-maker", "OPTICIAN");
        mvc.perform(get("/rx-documents/" + document).session(mine)).andExpect(status().isForbidden());
        mvc.perform(get("/rx-documents/not-an-id").param("expires", "1").param("signature", "x").session(mine))
                .andExpect(status().isForbidden());
    }

    private String linkFor(MockHttpSession session) {
        signInAsStaff("rx-link-maker", "OPTICIAN");
        try {
            return rxDocuments.link(document, session.getId());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int audited() {
        return jdbc.queryForObject("select count(*) from audit_entry where actor = 'rx-link-maker' and action = "
                + "'RX_DOCUMENT_VIEWED' and target_id = ?", Integer.class, prescription.toString());
    }

    /** A session as the backoffice leaves it after a staff sign-in. */
    static MockHttpSession staffSession(String username, String... roles) {
        var session = new MockHttpSession();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(Arrays.stream(roles).map(role -> "ROLE_" + role).toArray(String[]::new))));
        session.setAttribute(StaffSessionCheck.SESSION_KEY, context);
        return session;
    }

    private MockHttpSession customerSession() {
        var session = new MockHttpSession();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("rx-link-maker", null,
                AuthorityUtils.createAuthorityList("ROLE_CUSTOMER")));
        session.setAttribute("FOCAL_CUSTOMER_SECURITY_CONTEXT", context);
        return session;
    }
}
