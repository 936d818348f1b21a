package dev.focal.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.catalog.FrameOption;
import dev.focal.catalog.FrameSpec.RimType;
import dev.focal.catalog.LensFit;
import dev.focal.identity.ApiTokens;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/v1/rx/feasibility with personal tokens of the demo staff, on the demo catalog. */
@IntegrationTest
class RxFeasibilityApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    LensFit lensFit;

    String tokenOf(String username, String role) {
        return ApiTestTokens.bearer(tokens, username, role);
    }

    FrameOption fullFrame() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("optician", null,
                AuthorityUtils.createAuthorityList("ROLE_OPTICIAN")));
        try {
            return lensFit.findFrames("FR-", 200).stream().filter(f -> f.rimType() == RimType.FULL && f.b() >= 30)
                    .findFirst().orElseThrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String body(String sku, String lens, String odSph, String extra) {
        return """
                {"rx": {"od": {"sph": "%s", "cyl": "-0,50", "axis": "x180"}, "os": {"sph": "-1.75"}, "pd": "64"},
                 "frameSku": "%s", "lensCode": "%s"%s}
                """.formatted(odSph, sku, lens, extra);
    }

    @Test
    void an_optician_checks_a_prescription_and_gets_the_advice_with_the_rule_version() throws Exception {
        var frame = fullFrame();
        mvc.perform(post("/api/v1/rx/feasibility").header("Authorization", tokenOf("optician", "OPTICIAN"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(frame.sku(), "LN-SV", "-2.00", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.makeable").value(true))
                .andExpect(jsonPath("$.reasons").isEmpty())
                .andExpect(jsonPath("$.rx").value("OD -2.00 -0.50 x 180; OS -1.75 DS; PD 64.0"))
                .andExpect(jsonPath("$.frame.sku").value(frame.sku()))
                .andExpect(jsonPath("$.lens.code").value("LN-SV"))
                .andExpect(jsonPath("$.advice.ruleVersion").value(Matchers.startsWith("lens-rules ")))
                .andExpect(jsonPath("$.advice.recommended").value("1.60"))
                .andExpect(jsonPath("$.indexes[0].index").value("1.50"));
    }

    @Test
    void reasons_come_with_code_eye_and_message() throws Exception {
        var frame = fullFrame();
        mvc.perform(post("/api/v1/rx/feasibility").header("Authorization", tokenOf("associate", "ASSOCIATE"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(frame.sku(), "LN-PRO-C", "-2.00", ", \"wearer\": {\"child\": true}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.makeable").value(false))
                .andExpect(jsonPath("$.reasons[*].code", Matchers.hasItems("MATERIAL_REQUIRED", "ADD_MISSING")))
                .andExpect(jsonPath("$.advice.required", Matchers.contains("1.59", "1.53")))
                .andExpect(jsonPath("$.advice.recommended").doesNotExist());
        mvc.perform(post("/api/v1/rx/feasibility").header("Authorization", tokenOf("associate", "ASSOCIATE"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(frame.sku(), "LN-SV", "-16.00", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indexes[0].reasons[0].code").value("SPHERE_OUT_OF_RANGE"))
                .andExpect(jsonPath("$.indexes[0].reasons[0].eye").value("OD"))
                .andExpect(jsonPath("$.indexes[0].reasons[0].index").value("1.50"))
                .andExpect(jsonPath("$.warnings[0].field").value("rx"));
    }

    @Test
    void a_bad_value_is_a_problem_naming_its_field() throws Exception {
        var frame = fullFrame();
        String optician = tokenOf("optician", "OPTICIAN");
        mvc.perform(post("/api/v1/rx/feasibility").header("Authorization", optician)
                        .contentType(MediaType.APPLICATION_JSON).content(body(frame.sku(), "LN-SV", "-2.30", "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("od.sph"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("steps of 0.25")));
        mvc.perform(post("/api/v1/rx/feasibility").header("Authorization", optician)
                        .contentType(MediaType.APPLICATION_JSON).content(body("NOPE-1", "LN-SV", "-2.00", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("frameSku"));
        mvc.perform(post("/api/v1/rx/feasibility").header("Authorization", optician)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(frame.sku(), "LN-SV", "-2.00", ", \"wearer\": {\"use\": \"far\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("wearer.use"));
        mvc.perform(post("/api/v1/rx/feasibility").header("Authorization", optician)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"frameSku\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rx"));
    }

    @Test
    void only_opticians_associates_and_admins_may_call_it() throws Exception {
        mvc.perform(post("/api/v1/rx/feasibility").header("Authorization", tokenOf("warehouse", "WAREHOUSE"))
                        .contentType(MediaType.APPLICATION_JSON).content(body("X", "LN-SV", "-2.00", "")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/rx/feasibility").contentType(MediaType.APPLICATION_JSON)
                        .content(body("X", "LN-SV", "-2.00", "")))
                .andExpect(status().isUnauthorized());
    }
}
