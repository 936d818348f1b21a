package dev.focal.identity;

import static dev.focal.identity.SecondFactorFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.platform.SecondFactorAuthorization;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The staff second factor end to end (ADR 0018): what a password alone opens, what the code adds, recovery codes,
 * set-up first for required roles, and API tokens as their own single factor.
 */
@IntegrationTest
class SecondFactorSignInTest {

    private static final String RX_CALL = "/api/v1/rx/feasibility";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserService staff;
    @Autowired
    StaffSecondFactor secondFactor;
    @Autowired
    StaffSignIn signIn;
    @Autowired
    PrescriptionDesk desk;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpSession passwordSignIn(String username) throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/admin/login").session(session).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/admin/"));
        return session;
    }

    /** An Rx call with an empty body: 400 means the caller got past security to the input check. */
    private ResultActions rxCall(MockHttpSession session) throws Exception {
        return mvc.perform(post(RX_CALL).session(session).contentType(MediaType.APPLICATION_JSON).content("{}"));
    }

    @Test
    void an_optician_with_only_a_password_is_sent_to_the_code_step_and_reads_no_prescriptions() throws Exception {
        var optician = SecondFactorFixtures.enrol(secondFactor, SecondFactorFixtures.newStaff(staff, Role.OPTICIAN));
        var session = passwordSignIn(optician.username());

        mvc.perform(get("/admin/").session(session)).andExpect(redirectedUrl("/admin/login/code"));
        mvc.perform(get("/admin/rx-verification").session(session)).andExpect(redirectedUrl("/admin/login/code"));
        rxCall(session).andExpect(status().isForbidden());

        SecondFactorCodes.completeSecondFactor(session, secondFactor,
                SecondFactorCodes.unusedCode(jdbc, optician.username(), optician.secret()));

        rxCall(session).andExpect(status().isBadRequest());
        // Past security: the request reaches the (in MockMvc absent) Vaadin servlet.
        mvc.perform(get("/admin/").session(session)).andExpect(status().isNotFound());
    }

    @Test
    void services_refuse_a_password_only_sign_in_of_a_role_that_reads_prescriptions() {
        var optician = SecondFactorFixtures.enrol(secondFactor, SecondFactorFixtures.newStaff(staff, Role.OPTICIAN));
        var user = SecondFactorFixtures.details(signIn, optician.username());
        var authorities = new java.util.ArrayList<GrantedAuthority>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        authorities.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                SecondFactorAuthorization.ENROLLED));
        var passwordOnly = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);

        SecurityContextHolder.getContext().setAuthentication(passwordOnly);
        assertThatThrownBy(() -> desk.findCustomers("a", PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);

        SecurityContextHolder.getContext().setAuthentication(SecondFactorAuthorization.withSecondFactor(passwordOnly));
        assertThat(desk.findCustomers("a", PageRequest.of(0, 5))).isNotNull();
    }

    @Test
    void a_recovery_code_signs_in_once() throws Exception {
        var optician = SecondFactorFixtures.enrol(secondFactor, SecondFactorFixtures.newStaff(staff, Role.OPTICIAN));
        assertThat(optician.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        String recovery = optician.recoveryCodes().getFirst();

        var first = passwordSignIn(optician.username());
        SecondFactorCodes.completeSecondFactor(first, secondFactor, recovery.toUpperCase());
        rxCall(first).andExpect(status().isBadRequest());

        var second = passwordSignIn(optician.username());
        SecurityContextHolder.setContext((org.springframework.security.core.context.SecurityContext)
                second.getAttribute(SecondFactorCodes.STAFF_SESSION_KEY));
        assertThat(secondFactor.verify(recovery, "127.0.0.1")).isEqualTo(SecondFactorCheck.REJECTED);
        assertThat(secondFactor.verify(optician.recoveryCodes().get(1), "127.0.0.1"))
                .isEqualTo(SecondFactorCheck.RECOVERY_CODE_ACCEPTED);
        assertThat(secondFactor.myState().recoveryCodesLeft()).isEqualTo(8);
    }

    @Test
    void a_code_is_accepted_once_and_wrong_codes_lock_the_account_like_wrong_passwords() throws Exception {
        var optician = SecondFactorFixtures.enrol(secondFactor, SecondFactorFixtures.newStaff(staff, Role.OPTICIAN));
        var session = passwordSignIn(optician.username());
        SecurityContextHolder.setContext((org.springframework.security.core.context.SecurityContext)
                session.getAttribute(SecondFactorCodes.STAFF_SESSION_KEY));
        String code = SecondFactorCodes.unusedCode(jdbc, optician.username(), optician.secret());
        assertThat(secondFactor.verify(code, "127.0.0.1")).isEqualTo(SecondFactorCheck.CODE_ACCEPTED);
        assertThat(secondFactor.verify(code, "127.0.0.1")).as("the same code again").isEqualTo(SecondFactorCheck.REJECTED);

        for (int i = 0; i < 5; i++) {
            secondFactor.verify("000000".equals(code) ? "111111" : "000000", "127.0.0.1");
        }
        String next = SecondFactorCodes.unusedCode(jdbc, optician.username(), optician.secret());
        assertThat(secondFactor.verify(next, "127.0.0.1")).as("locked").isEqualTo(SecondFactorCheck.REJECTED);
        mvc.perform(post("/admin/login").param("username", optician.username()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/admin/login?error"));
    }

    @Test
    void a_required_role_without_an_authenticator_is_sent_to_set_one_up_first() throws Exception {
        String associate = SecondFactorFixtures.newStaff(staff, Role.ASSOCIATE);
        var session = passwordSignIn(associate);

        mvc.perform(get("/admin/").session(session)).andExpect(redirectedUrl("/admin/login/set-up"));
        rxCall(session).andExpect(status().isForbidden());
    }

    @Test
    void optional_roles_need_the_code_only_once_they_set_up_an_authenticator() throws Exception {
        String warehouse = SecondFactorFixtures.newStaff(staff, Role.WAREHOUSE);
        mvc.perform(get("/admin/").session(passwordSignIn(warehouse))).andExpect(status().isNotFound());

        SecondFactorFixtures.enrol(secondFactor, warehouse);

        mvc.perform(get("/admin/").session(passwordSignIn(warehouse))).andExpect(redirectedUrl("/admin/login/code"));
    }

    @Test
    void a_personal_api_token_of_an_optician_is_a_single_factor_of_its_own() throws Exception {
        var optician = SecondFactorFixtures.enrol(secondFactor, SecondFactorFixtures.newStaff(staff, Role.OPTICIAN));
        String token = SecondFactorFixtures.as(optician.username(), "ROLE_OPTICIAN",
                () -> tokens.create("mfa test", null, PASSWORD));

        mvc.perform(post(RX_CALL).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest());
    }

    @Test
    void the_roles_that_must_use_a_second_factor_are_those_that_read_prescriptions() {
        var readers = new java.util.HashSet<Role>();
        for (Role role : Role.values()) {
            for (String rule : List.of(dev.focal.customers.CustomersAccess.RX_DESK,
                    dev.focal.customers.CustomersAccess.RX_VERIFIERS)) {
                var auth = new org.springframework.security.authentication.TestingAuthenticationToken("x", null,
                        role.authority());
                var root = new org.springframework.security.access.expression.SecurityExpressionRoot<Object>(
                        () -> auth) {
                };
                var expression = new org.springframework.expression.spel.standard.SpelExpressionParser()
                        .parseExpression(rule);
                if (Boolean.TRUE.equals(expression.getValue(
                        new org.springframework.expression.spel.support.StandardEvaluationContext(root), Boolean.class))) {
                    readers.add(role);
                }
            }
        }
        assertThat(StaffSecondFactor.REQUIRED_FOR).containsExactlyInAnyOrderElementsOf(readers);
    }
}
