package dev.focal.backoffice.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.vaadin.flow.component.html.Anchor;
import dev.focal.IntegrationTest;
import dev.focal.StubIssuer;
import dev.focal.backoffice.KaribuTest;
import dev.focal.identity.Role;
import dev.focal.identity.SecondFactorCodes;
import dev.focal.identity.SecondFactorFixtures;
import dev.focal.identity.StaffSecondFactor;
import dev.focal.identity.StaffUserService;
import dev.focal.platform.SecondFactorAuthorization;
import dev.focal.platform.StaffUserDetails;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Staff single sign-on through OpenID Connect (ADR 0018) against {@link StubIssuer}: the full authorization code
 * flow through the {@code /admin} chain with MockMvc, and the sign-in link on the login page.
 */
@IntegrationTest
class StaffSingleSignOnTest extends KaribuTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserService staff;
    @Autowired
    StaffSecondFactor secondFactor;
    @Autowired
    JdbcClient jdbc;

    private final StubIssuer issuer = StubIssuer.get();

    /** The provider's answer after the user signed in there: an ID token for this username (or none). */
    private record Flow(MockHttpSession session, String state, String nonce) {
    }

    private Flow start() throws Exception {
        var session = new MockHttpSession();
        var location = mvc.perform(get("/admin/oauth2/authorization/oidc").session(session))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith(issuer.issuer() + "/authorize?");
        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        assertThat(query.getFirst("client_id")).isEqualTo(StubIssuer.CLIENT_ID);
        assertThat(decode(query.getFirst("redirect_uri"))).isEqualTo("http://localhost/admin/login/oauth2/code/oidc");
        return new Flow(session, decode(query.getFirst("state")), decode(query.getFirst("nonce")));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private JWTClaimsSet.Builder idToken(Flow flow, String username) {
        var now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer.issuer()).subject(UUID.randomUUID().toString())
                .audience(StubIssuer.CLIENT_ID).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", flow.nonce()).claim("preferred_username", username);
    }

    /** Returns from the provider with an authorization code whose token endpoint answer is this ID token. */
    private String finish(Flow flow, JWTClaimsSet claims, RSAKey signer) throws Exception {
        String code = "code-" + UUID.randomUUID();
        if (signer == null) {
            issuer.prepare(code, claims);
        } else {
            issuer.prepare(code, claims, signer);
        }
        return mvc.perform(get("/admin/login/oauth2/code/oidc").session(flow.session())
                        .param("code", code).param("state", flow.state()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
    }

    /** A prescription API call with the session cookie: an empty body is a 400 once the URL rule lets it in. */
    private ResultActions rxCall(MockHttpSession session) throws Exception {
        return mvc.perform(post("/api/v1/rx/feasibility").session(session).contentType(MediaType.APPLICATION_JSON)
                .content("{}"));
    }

    private static Authentication staffSignIn(MockHttpSession session) {
        var context = (SecurityContext) session.getAttribute(SecondFactorCodes.STAFF_SESSION_KEY);
        return context == null ? null : context.getAuthentication();
    }

    private long audited(String username, String action) {
        return jdbc.sql("select count(*) from audit_entry where actor = ? and action = ? and details like "
                + "'Single sign-on (Stub IdP)%'").param(username).param(action).query(Long.class).single();
    }

    @Test
    void a_known_staff_user_signs_in_as_with_a_password_and_the_sign_in_is_audited() throws Exception {
        String buyer = SecondFactorFixtures.newStaff(staff, Role.BUYER);
        var flow = start();

        assertThat(finish(flow, idToken(flow, buyer.toUpperCase()).build(), null)).isEqualTo("/admin/");

        var signedIn = staffSignIn(flow.session());
        assertThat(signedIn.getPrincipal()).isInstanceOf(StaffUserDetails.class);
        assertThat(((StaffUserDetails) signedIn.getPrincipal()).roles()).containsExactly(Role.BUYER);
        assertThat(signedIn.getAuthorities()).extracting(a -> a.getAuthority())
                .contains("ROLE_BUYER", FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY);
        assertThat(SecondFactorAuthorization.needsSecondFactor(signedIn)).isFalse();
        assertThat(audited(buyer, "SIGN_IN")).isEqualTo(1);
        // MockMvc has no Vaadin servlet: 404 means the /admin chain let the request through.
        mvc.perform(get("/admin/").session(flow.session())).andExpect(status().isNotFound());
    }

    @Test
    void an_optician_signed_in_by_the_provider_still_gives_focals_code() throws Exception {
        var optician = SecondFactorFixtures.enrol(secondFactor, SecondFactorFixtures.newStaff(staff, Role.OPTICIAN));
        var flow = start();
        finish(flow, idToken(flow, optician.username()).build(), null);

        var signedIn = staffSignIn(flow.session());
        assertThat(((StaffUserDetails) signedIn.getPrincipal()).getUsername()).isEqualTo(optician.username());
        assertThat(SecondFactorAuthorization.needsSecondFactor(signedIn)).isTrue();
        assertThat(SecondFactorAuthorization.mustEnrol(signedIn)).isFalse();
        mvc.perform(get("/admin/rx-verification").session(flow.session()))
                .andExpect(redirectedUrl(SecondFactorSteps.CODE));
        rxCall(flow.session()).andExpect(status().isForbidden());

        SecondFactorCodes.completeSecondFactor(flow.session(), secondFactor,
                SecondFactorCodes.unusedCode(jdbc, optician.username(), optician.secret()));
        assertThat(SecondFactorAuthorization.needsSecondFactor(staffSignIn(flow.session()))).isFalse();
        mvc.perform(get("/admin/rx-verification").session(flow.session())).andExpect(status().isNotFound());
        rxCall(flow.session()).andExpect(status().isBadRequest());
    }

    @Test
    void an_unknown_user_is_refused_with_the_neutral_message_and_nobody_is_created() throws Exception {
        String stranger = "sso-stranger-" + UUID.randomUUID().toString().substring(0, 8);
        var flow = start();

        assertThat(finish(flow, idToken(flow, stranger).build(), null)).isEqualTo("/admin/login?sso-refused");

        assertThat(staffSignIn(flow.session())).isNull();
        assertThat(jdbc.sql("select count(*) from staff_user where username = ?").param(stranger)
                .query(Long.class).single()).isZero();
        assertThat(audited(stranger, "SIGN_IN_FAILED")).isEqualTo(1);
    }

    @Test
    void a_disabled_user_is_refused() throws Exception {
        String buyer = SecondFactorFixtures.newStaff(staff, Role.BUYER);
        jdbc.sql("update staff_user set enabled = false where username = ?").param(buyer).update();
        var flow = start();

        assertThat(finish(flow, idToken(flow, buyer).build(), null)).isEqualTo("/admin/login?sso-refused");
        assertThat(staffSignIn(flow.session())).isNull();
    }

    @Test
    void a_token_from_another_issuer_or_signed_with_another_key_or_for_another_nonce_is_refused() throws Exception {
        String buyer = SecondFactorFixtures.newStaff(staff, Role.BUYER);

        var otherIssuer = start();
        assertThat(finish(otherIssuer, idToken(otherIssuer, buyer).issuer("http://127.0.0.1:1/evil").build(), null))
                .isEqualTo("/admin/login?sso-refused");
        assertThat(staffSignIn(otherIssuer.session())).isNull();

        var otherKey = start();
        assertThat(finish(otherKey, idToken(otherKey, buyer).build(), StubIssuer.otherKey()))
                .isEqualTo("/admin/login?sso-refused");
        assertThat(staffSignIn(otherKey.session())).isNull();

        var replayed = start();
        assertThat(finish(replayed, idToken(replayed, buyer).claim("nonce", "another").build(), null))
                .isEqualTo("/admin/login?sso-refused");
        assertThat(staffSignIn(replayed.session())).isNull();
        assertThat(audited(buyer, "SIGN_IN")).isZero();
    }

    @Test
    void the_sign_in_page_links_to_the_provider_only_when_single_sign_on_is_configured() {
        var on = new LoginView(OidcSettings.from(new MockEnvironment()
                .withProperty("focal.oidc.issuer", issuer.issuer())
                .withProperty("focal.oidc.client-id", "id").withProperty("focal.oidc.client-secret", "secret")
                .withProperty("focal.oidc.name", "Keycloak")));
        assertThat(_find(on, Anchor.class, spec -> spec.withText("Sign in with Keycloak")))
                .singleElement().extracting(Anchor::getHref).isEqualTo(OidcSettings.START);

        var off = new LoginView(OidcSettings.from(new MockEnvironment()));
        assertThat(_find(off, Anchor.class, spec -> spec.withText("Sign in with single sign-on"))).isEmpty();
        assertThat(_find(off, Anchor.class)).extracting(Anchor::getText).containsExactly("Go to the shop");
    }

    @Test
    void an_issuer_without_client_credentials_stops_the_start_with_one_line() {
        assertThatThrownBy(() -> OidcSettings.from(new MockEnvironment()
                .withProperty("focal.oidc.issuer", "https://id.example.com")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FOCAL_OIDC_CLIENT_SECRET");
    }
}
