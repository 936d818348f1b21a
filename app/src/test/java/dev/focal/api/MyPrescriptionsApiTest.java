package dev.focal.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.RegisterCustomer;
import dev.focal.identity.ApiTokens;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/me/rx} with the customer's storefront session; staff identities do not open it. */
@IntegrationTest
class MyPrescriptionsApiTest {

    static final String PASSWORD = "contact lenses daily";

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerAccounts accounts;
    @Autowired
    ApiTokens tokens;

    MockHttpSession customerSession() throws Exception {
        String email = "api-rx-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        accounts.register(new RegisterCustomer(email, "Api Rx Customer", PASSWORD));
        var session = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).session(session).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/account"));
        return session;
    }

    static String spectacles(String odSph, String odAxis) {
        return """
                {"kind": "SPECTACLES", "issuedOn": "%s", "prescriber": "Dr. Api",
                 "rx": {"od.sph": "%s", "od.cyl": "-0.75", "od.axis": "%s", "os.sph": "pl", "pd": "31.5/32",
                        "od.add": "+2", "os.add": "2.00"}}
                """.formatted(LocalDate.now().minusMonths(1), odSph, odAxis);
    }

    @Test
    void a_customer_adds_a_prescription_and_lists_it() throws Exception {
        var session = customerSession();
        mvc.perform(get("/api/v1/me/rx").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(jsonPath("$.items", hasSize(0)));

        String location = mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", UUID.randomUUID().toString()).session(session).contentType(MediaType.APPLICATION_JSON)
                        .content(spectacles("-2,25", "x180")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/me/rx/")))
                .andExpect(jsonPath("$.kind").value("SPECTACLES"))
                .andExpect(jsonPath("$.values['od.sph']").value("-2.25"))
                .andExpect(jsonPath("$.values['od.axis']").value("180"))
                .andExpect(jsonPath("$.values['pd.right']").value("31.5"))
                .andExpect(jsonPath("$.written.od").value("-2.25 -0.75 x 180 add +2.00"))
                .andExpect(jsonPath("$.source").value("CUSTOMER_ENTERED"))
                .andExpect(jsonPath("$.status").value("UNVERIFIED"))
                .andExpect(jsonPath("$.expiryFromPolicy").value(true))
                .andExpect(jsonPath("$.wearer.name").value("Api Rx Customer"))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.prescriber").value("Dr. Api"));
        mvc.perform(get("/api/v1/me/rx").session(session))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].values['os.sph']").value("0.00"));

        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", UUID.randomUUID().toString()).session(session).contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "CONTACT_LENSES", "issuedOn": "%s",
                         "rx": {"od.brand": "Dailies", "od.sph": "-3", "od.bc": "8.6", "od.dia": "14.2",
                                "os.brand": "Dailies", "os.sph": "-3.25", "os.bc": "8.6", "os.dia": "14.2"}}
                        """.formatted(LocalDate.now().minusDays(3))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CONTACT_LENSES"))
                .andExpect(jsonPath("$.values['od.bc']").value("8.6"));

        // someone else's prescription is not found
        mvc.perform(get(location).session(customerSession())).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void a_plus_cylinder_prescription_comes_back_as_written_and_in_canonical_minus_cylinder_form() throws Exception {
        var session = customerSession();
        String location = mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", UUID.randomUUID().toString())
                        .session(session).contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "SPECTACLES", "issuedOn": "%s",
                                 "rx": {"od.sph": "+1.00", "od.cyl": "+0.50", "od.axis": "90",
                                        "os.sph": "-1.00", "os.cyl": "-0.25", "os.axis": "10"}}
                                """.formatted(LocalDate.now().minusDays(3))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.values['od.sph']").value("+1.00"))
                .andExpect(jsonPath("$.values['od.cyl']").value("+0.50"))
                .andExpect(jsonPath("$.values['od.axis']").value("90"))
                .andExpect(jsonPath("$.written.od").value("+1.00 +0.50 x 090"))
                .andExpect(jsonPath("$.canonical.od.sphere").value("+1.50"))
                .andExpect(jsonPath("$.canonical.od.cylinder").value("-0.50"))
                .andExpect(jsonPath("$.canonical.od.axis").value(180))
                .andExpect(jsonPath("$.canonical.os.sphere").value("-1.00"))
                .andExpect(jsonPath("$.canonical.os.cylinder").value("-0.25"))
                .andExpect(jsonPath("$.canonical.os.axis").value(10))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).session(session))
                .andExpect(jsonPath("$.written.od").value("+1.00 +0.50 x 090"))
                .andExpect(jsonPath("$.canonical.od.sphere").value("+1.50"))
                .andExpect(jsonPath("$.canonical.od.cylinder").value("-0.50"))
                .andExpect(jsonPath("$.canonical.od.axis").value(180));
    }

    @Test
    void a_contact_lens_prescription_has_no_canonical_spectacle_form() throws Exception {
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", UUID.randomUUID().toString())
                        .session(customerSession()).contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "CONTACT_LENSES", "issuedOn": "%s",
                                 "rx": {"od.brand": "Dailies", "od.sph": "-3", "od.bc": "8.6", "od.dia": "14.2",
                                        "os.brand": "Dailies", "os.sph": "-3.25", "os.bc": "8.6", "os.dia": "14.2"}}
                                """.formatted(LocalDate.now().minusDays(3))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.canonical").value(Matchers.nullValue()));
    }

    @Test
    void a_bad_value_is_a_problem_naming_its_field_and_nothing_is_saved() throws Exception {
        var session = customerSession();
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", UUID.randomUUID().toString()).session(session).contentType(MediaType.APPLICATION_JSON)
                        .content(spectacles("-2.30", "200")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("od.sph")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("od.axis")))
                .andExpect(jsonPath("$.errors[?(@.field == 'od.axis')].message").value(hasItem("Axis must be between 1 and 180 degrees.")));
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", UUID.randomUUID().toString()).session(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"SPECTACLES\", \"issuedOn\": \"yesterday\", \"rx\": {\"od.sphere\": \"-1\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("od.sphere")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("issuedOn")));
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", UUID.randomUUID().toString()).session(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"SPECTACLES\", \"wearer\": \"" + UUID.randomUUID() + "\", \"issuedOn\": \""
                                + LocalDate.now() + "\", \"rx\": {\"od.sph\": \"-1\", \"os.sph\": \"-1\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("wearer"));
        mvc.perform(get("/api/v1/me/rx").session(session)).andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void a_missing_body_is_a_plain_problem_that_does_not_show_the_server_code() throws Exception {
        var session = customerSession();
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", UUID.randomUUID().toString()).session(session)
                        .contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unreadable body"))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("dev.focal"))))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Send a JSON body")));
    }

    @Test
    void another_customers_prescription_is_not_found() throws Exception {
        var owner = customerSession();
        String location = mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", UUID.randomUUID().toString())
                        .session(owner).contentType(MediaType.APPLICATION_JSON).content(spectacles("-1.00", "90")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).session(owner)).andExpect(status().isOk());
        mvc.perform(get(location).session(customerSession())).andExpect(status().isNotFound());
    }

    @Test
    void a_retried_post_with_the_same_idempotency_key_adds_the_prescription_once() throws Exception {
        var session = customerSession();
        String key = UUID.randomUUID().toString();
        String location = mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", key).session(session)
                        .contentType(MediaType.APPLICATION_JSON).content(spectacles("-1.50", "90")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", key).session(session)
                        .contentType(MediaType.APPLICATION_JSON).content(spectacles("-1.50", "90")))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", location));
        mvc.perform(get("/api/v1/me/rx").session(session)).andExpect(jsonPath("$.items", hasSize(1)));

        mvc.perform(post("/api/v1/me/rx").session(session).contentType(MediaType.APPLICATION_JSON)
                        .content(spectacles("-1.50", "90")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(get("/api/v1/me/rx").session(session)).andExpect(jsonPath("$.items", hasSize(1)));
    }

    @Test
    void writes_must_be_json_so_a_cross_site_form_cannot_post() throws Exception {
        var session = customerSession();
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", UUID.randomUUID().toString()).session(session).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("kind", "SPECTACLES"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", UUID.randomUUID().toString()).session(session).contentType(MediaType.TEXT_PLAIN).content("{}"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(get("/api/v1/me/rx").session(session)).andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void without_a_customer_session_the_answer_is_401_even_for_staff() throws Exception {
        mvc.perform(get("/api/v1/me/rx"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Sign in required"));
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON).content(spectacles("-1", "90")))
                .andExpect(status().isUnauthorized());

        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("optician", null,
                AuthorityUtils.createAuthorityList("ROLE_OPTICIAN")));
        String token;
        try {
            token = tokens.create("me api test " + UUID.randomUUID(), null, "demo");
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(get("/api/v1/me/rx").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", UUID.randomUUID().toString()).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(spectacles("-1", "90")))
                .andExpect(status().isUnauthorized());
        // the token still works where staff belong
        mvc.perform(get("/api/v1/inventory/availability").param("sku", "nothing-" + UUID.randomUUID())
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().is(Matchers.not(401)));

        var staffSession = new MockHttpSession();
        mvc.perform(post("/admin/login").session(staffSession).param("username", "optician").param("password", "demo"))
                .andExpect(redirectedUrl("/admin/"));
        mvc.perform(get("/api/v1/me/rx").session(staffSession)).andExpect(status().isUnauthorized());
    }
}
