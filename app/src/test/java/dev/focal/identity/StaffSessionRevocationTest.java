package dev.focal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.platform.StaffSessionCheck;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An open staff session ends at its next request, in the backoffice and on the API alike, once the account is
 * disabled, its roles change or its password is reset or changed (ADR 0016).
 */
@IntegrationTest
class StaffSessionRevocationTest {

    static final String PASSWORD = "a long enough passphrase 1";
    static final String AVAILABILITY = "/api/v1/inventory/availability?sku=NO-SUCH-SKU";
    static final String VAADIN_SESSION = "com.vaadin.flow.server.VaadinSession.springServlet";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserService staff;
    @Autowired
    StaffSecondFactor secondFactor;

    /** Each optician's unused recovery codes: a sign-in here completes the second step with the next one. */
    final Map<String, Deque<String>> recoveryCodes = new HashMap<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    StaffUserId newOptician(String username) {
        asAdmin();
        try {
            var id = staff.create(new CreateStaffUser(username, "Session Test", Set.of(Role.OPTICIAN), PASSWORD));
            SecurityContextHolder.clearContext();
            var enrolled = SecondFactorFixtures.enrol(secondFactor, username);
            recoveryCodes.put(username, new ArrayDeque<>(enrolled.recoveryCodes()));
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String uniqueName() {
        return "opt-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    MockHttpSession signedIn(String username, String password) throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/admin/login").session(session).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/admin/"));
        // Opticians read prescriptions, so the second sign-in step comes before anything opens (ADR 0018)
        SecondFactorCodes.completeSecondFactor(session, secondFactor, recoveryCodes.get(username).pop());
        // Stands for the backoffice UI state Vaadin keeps in the session.
        session.setAttribute(VAADIN_SESSION, "ui state");
        assertStillSignedIn(session);
        return session;
    }

    /** The backoffice chain lets the request through (to the servlet MockMvc lacks) and the API answers it. */
    void assertStillSignedIn(MockHttpSession session) throws Exception {
        mvc.perform(get("/admin/").session(session)).andExpect(status().isNotFound());
        int api = mvc.perform(get(AVAILABILITY).session(session)).andReturn().getResponse().getStatus();
        assertThat(api).as("API status with a live staff session").isNotIn(401, 403);
        assertThat(session.getAttribute(StaffSessionCheck.SESSION_KEY)).isNotNull();
    }

    void assertSignedOutOnTheApi(MockHttpSession session) throws Exception {
        mvc.perform(get(AVAILABILITY).session(session)).andExpect(status().isUnauthorized());
        assertThat(session.getAttribute(StaffSessionCheck.SESSION_KEY)).isNull();
        assertThat(session.getAttribute(VAADIN_SESSION)).as("the backoffice UI state is dropped too").isNull();
    }

    void assertSignedOutInTheBackoffice(MockHttpSession session) throws Exception {
        mvc.perform(get("/admin/").session(session)).andExpect(redirectedUrl("/admin/login"));
        assertThat(session.getAttribute(StaffSessionCheck.SESSION_KEY)).isNull();
        assertThat(session.getAttribute(VAADIN_SESSION)).as("the backoffice UI state is dropped too").isNull();
    }

    @Test
    void disabling_a_user_ends_their_backoffice_and_api_sessions_at_the_next_request() throws Exception {
        String username = uniqueName();
        StaffUserId id = newOptician(username);
        var backoffice = signedIn(username, PASSWORD);
        var api = signedIn(username, PASSWORD);

        asAdmin();
        staff.setEnabled(id, staff.get(id).version(), false);
        SecurityContextHolder.clearContext();

        assertSignedOutInTheBackoffice(backoffice);
        assertSignedOutOnTheApi(api);
    }

    @Test
    void a_vaadin_request_of_an_open_tab_ends_the_session_too() throws Exception {
        String username = uniqueName();
        StaffUserId id = newOptician(username);
        var tab = signedIn(username, PASSWORD);

        asAdmin();
        staff.setEnabled(id, staff.get(id).version(), false);
        SecurityContextHolder.clearContext();

        // What a click in an open backoffice tab sends: a UIDL request, which Vaadin's chain lets through
        mvc.perform(post("/admin/").session(tab).param("v-r", "uidl").param("v-uiId", "0")
                .contentType("application/json").content("{}"));
        assertThat(tab.getAttribute(StaffSessionCheck.SESSION_KEY)).isNull();
        assertThat(tab.getAttribute(VAADIN_SESSION)).isNull();
        mvc.perform(get("/admin/").session(tab)).andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void new_roles_end_the_sessions_signed_in_with_the_old_ones_and_a_new_name_alone_does_not() throws Exception {
        String username = uniqueName();
        StaffUserId id = newOptician(username);
        var session = signedIn(username, PASSWORD);

        asAdmin();
        var user = staff.get(id);
        staff.update(new UpdateStaffUser(id, user.version(), "Renamed Optician", user.roles()));
        SecurityContextHolder.clearContext();
        assertStillSignedIn(session);

        asAdmin();
        staff.update(new UpdateStaffUser(id, staff.get(id).version(), "Renamed Optician",
                EnumSet.of(Role.ASSOCIATE)));
        SecurityContextHolder.clearContext();
        assertSignedOutInTheBackoffice(session);

        var again = signedIn(username, PASSWORD);
        assertStillSignedIn(again);
    }

    @Test
    void an_admins_password_reset_ends_the_users_sessions() throws Exception {
        String username = uniqueName();
        StaffUserId id = newOptician(username);
        var session = signedIn(username, PASSWORD);

        asAdmin();
        staff.resetPassword(id, "another long passphrase 2");
        SecurityContextHolder.clearContext();

        assertSignedOutOnTheApi(session);
        mvc.perform(get("/admin/").session(session)).andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void changing_ones_own_password_ends_the_other_sessions_and_keeps_this_one() throws Exception {
        String username = uniqueName();
        newOptician(username);
        var here = signedIn(username, PASSWORD);
        var elsewhere = signedIn(username, PASSWORD);

        // As My account does it, inside the request of the session that changes the password
        SecurityContextHolder.setContext((SecurityContext) here.getAttribute(StaffSessionCheck.SESSION_KEY));
        StaffSessionCheck.keepCurrentSession(staff.changeOwnPassword(PASSWORD, "a new long passphrase 3"));
        SecurityContextHolder.clearContext();

        assertStillSignedIn(here);
        assertSignedOutInTheBackoffice(elsewhere);
    }
}
