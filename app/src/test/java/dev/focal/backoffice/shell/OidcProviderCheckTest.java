package dev.focal.backoffice.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What staff see when single sign-on is configured but cannot start (ADR 0018: discovery is read lazily). */
class OidcProviderCheckTest {

    private static MockHttpServletResponse start(String issuer, String path) throws ServletException, IOException {
        var settings = new OidcSettings(issuer, "id", "secret", "Down IdP", "preferred_username");
        var check = new OidcSignIn.ProviderCheck(new OidcSignIn.DiscoveredRegistration(settings));
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        check.doFilter(new MockHttpServletRequest("GET", path), response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(299);
        }
        return response;
    }

    @Test
    void a_provider_that_does_not_answer_sends_staff_back_to_the_password_form() throws Exception {
        var response = start("http://127.0.0.1:9/realms/none", OidcSettings.START);

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/login?" + OidcSettings.UNAVAILABLE);
    }

    @Test
    void an_unknown_registration_is_not_found_rather_than_a_server_error() throws Exception {
        var response = start("http://127.0.0.1:9/realms/none", OidcSettings.AUTHORIZATION_BASE + "/other");

        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void other_backoffice_requests_pass_untouched() throws Exception {
        assertThat(start("http://127.0.0.1:9/realms/none", "/admin/login").getStatus()).isEqualTo(299);
    }
}
