package dev.focal.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.identity.ApiTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Promotions over the API with personal tokens of the demo staff. */
@IntegrationTest
class PromotionsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    String tokenOf(String username, String role) {
        return ApiTestTokens.bearer(tokens, username, role);
    }

    @Test
    void staff_list_promotions_with_a_token() throws Exception {
        mvc.perform(get("/api/v1/promotions").header("Authorization", tokenOf("buyer", "BUYER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].draft.code", hasItem("SECOND-PAIR")));
    }

    @Test
    void an_admin_creates_a_promotion_and_bad_fields_are_named() throws Exception {
        String admin = tokenOf("admin", "ADMIN");
        String code = "API-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        mvc.perform(post("/api/v1/promotions").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "name": "API percent", "effect": "PERCENT_OFF", "percent": 150,
                                 "startsAt": "2026-01-01T00:00:00Z", "priority": 1, "stacking": "COMBINABLE", "enabled": true}
                                """.formatted(code)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("percent"));
        mvc.perform(post("/api/v1/promotions").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unreadable body"));
        mvc.perform(post("/api/v1/promotions").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "name": "API percent", "effect": "PERCENT_OFF", "percent": 15,
                                 "categories": ["ACCESSORIES"], "brands": ["Nobody %s"], "startsAt": "2026-01-01T00:00:00Z", "priority": 1,
                                 "stacking": "COMBINABLE", "enabled": true}
                                """.formatted(code, code)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/promotions/")))
                .andExpect(jsonPath("$.draft.code").value(code));
    }

    @Test
    void a_signed_in_backoffice_session_may_call_the_api_too() throws Exception {
        var session = new org.springframework.mock.web.MockHttpSession();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                "buyer", null, AuthorityUtils.createAuthorityList("ROLE_BUYER")));
        session.setAttribute("FOCAL_STAFF_SECURITY_CONTEXT", context);

        mvc.perform(get("/api/v1/promotions").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/promotions").session(new org.springframework.mock.web.MockHttpSession()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void an_associate_may_read_but_not_create_and_forms_cannot_post() throws Exception {
        String associate = tokenOf("associate", "ASSOCIATE");
        mvc.perform(get("/api/v1/promotions").header("Authorization", associate)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/promotions").header("Authorization", associate).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Not allowed"));
        mvc.perform(post("/api/v1/promotions").header("Authorization", tokenOf("admin", "ADMIN"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("code=X"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
