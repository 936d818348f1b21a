package dev.focal.backoffice.shell;

import dev.focal.identity.SignInOutcome;
import dev.focal.identity.StaffSecondFactor;
import dev.focal.identity.StaffSingleSignOn;
import dev.focal.platform.SecondFactorAuthorization;
import dev.focal.platform.StaffUserDetails;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff single sign-on in the {@code /admin} chain (ADR 0018): Spring Security's {@code oauth2Login} with the
 * authorization code flow, its endpoints under {@code /admin}. The ID token (signature, issuer, audience, expiry,
 * nonce checked by Spring Security) names a staff user through the configured claim; {@link StaffSingleSignOn} admits
 * only an existing, enabled one. The sign-in then becomes the same {@link StaffUserDetails} sign-in a password gives,
 * with {@code FACTOR_AUTHORIZATION_CODE} instead of {@code FACTOR_PASSWORD}, so Focal's own second step still
 * applies to every role that requires it. The provider's discovery document is read at the first single sign-on,
 * not at start-up, so a provider that is down never keeps Focal (and password sign-in) from starting.
 */
final class OidcSignIn {

    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    private OidcSignIn() {
    }

    /**
     * The provider that redeems the authorization code, checks the ID token and maps it to a staff user. The chain
     * has its own authentication manager (no fallback to the customers' one), so this goes into it explicitly.
     */
    static AuthenticationProvider provider(OidcSettings settings, StaffSingleSignOn singleSignOn) {
        return new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                new StaffUsers(settings, singleSignOn));
    }

    static void configure(HttpSecurity http, OidcSettings settings, StaffSecondFactor secondFactor,
                          SecurityContextRepository contexts) throws Exception {
        var registrations = new DiscoveredRegistration(settings);
        http.oauth2Login(oauth -> oauth
                        .clientRegistrationRepository(registrations)
                        // The provider's tokens are not kept: the sign-in is all Focal needs from it.
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .loginPage("/admin/login")
                        .failureUrl("/admin/login?" + OidcSettings.REFUSED)
                        .authorizationEndpoint(endpoint -> endpoint.baseUri(OidcSettings.AUTHORIZATION_BASE))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri(OidcSettings.REDIRECT_BASE))
                        .successHandler(new SignedIn(secondFactor, contexts)))
                .addFilterBefore(new ProviderCheck(registrations), OAuth2AuthorizationRequestRedirectFilter.class);
    }

    /** The registration built from the issuer's discovery document the first time it is needed, then kept. */
    static final class DiscoveredRegistration implements ClientRegistrationRepository {

        private final OidcSettings settings;
        private volatile @Nullable ClientRegistration registration;

        DiscoveredRegistration(OidcSettings settings) {
            this.settings = settings;
        }

        @Override
        public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
            if (!OidcSettings.REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            var known = registration;
            if (known != null) {
                return known;
            }
            synchronized (this) {
                if (registration == null) {
                    registration = ClientRegistrations.fromIssuerLocation(settings.issuer())
                            .registrationId(OidcSettings.REGISTRATION_ID)
                            .clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .redirectUri("{baseUrl}/admin/login/oauth2/code/{registrationId}")
                            .scope("openid", "profile", "email")
                            .clientName(settings.name())
                            .build();
                }
                return registration;
            }
        }
    }

    /**
     * Sends staff back to the sign-in page, with one log line, when the provider cannot be reached at all; an unknown
     * registration is not found (Spring Security would answer 500).
     */
    static final class ProviderCheck extends OncePerRequestFilter {

        private final DiscoveredRegistration registrations;

        ProviderCheck(DiscoveredRegistration registrations) {
            this.registrations = registrations;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith(request.getContextPath() + OidcSettings.AUTHORIZATION_BASE + "/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!request.getRequestURI().equals(request.getContextPath() + OidcSettings.START)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            try {
                registrations.findByRegistrationId(OidcSettings.REGISTRATION_ID);
            } catch (RuntimeException unreachable) {
                log.warn("Single sign-on is unavailable: the discovery document of FOCAL_OIDC_ISSUER={} could not be "
                        + "read ({}); staff can still sign in with their passwords.",
                        registrations.settings.issuer(), unreachable.getMessage());
                response.sendRedirect(request.getContextPath() + "/admin/login?" + OidcSettings.UNAVAILABLE);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Maps the verified ID token to an existing, enabled staff user, or refuses the sign-in. */
    static final class StaffUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

        private final OidcUserService provider = new OidcUserService();
        private final OidcSettings settings;
        private final StaffSingleSignOn singleSignOn;

        StaffUsers(OidcSettings settings, StaffSingleSignOn singleSignOn) {
            this.settings = settings;
            this.singleSignOn = singleSignOn;
        }

        @Override
        public OidcUser loadUser(OidcUserRequest request) {
            OidcUser user = provider.loadUser(request);
            Object claim = user.getClaims().get(settings.usernameClaim());
            var outcome = singleSignOn.signIn(claim instanceof String name ? name : null,
                    settings.name().isEmpty() ? settings.issuer() : settings.name(), clientAddress());
            return switch (outcome) {
                case SignInOutcome.Authenticated ok -> new StaffOidcUser(user, new StaffUserDetails(ok.principal()));
                case SignInOutcome.Rejected rejected -> throw new OAuth2AuthenticationException(
                        new OAuth2Error("access_denied", "Not an enabled staff user of this shop", null));
            };
        }

        private static @Nullable String clientAddress() {
            return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                    ? attributes.getRequest().getRemoteAddr() : null;
        }
    }

    /** The provider's user for the moment between the token check and the staff sign-in replacing it. */
    static final class StaffOidcUser extends DefaultOidcUser {

        private final StaffUserDetails staff;

        StaffOidcUser(OidcUser user, StaffUserDetails staff) {
            super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
            this.staff = staff;
        }

        StaffUserDetails staff() {
            return staff;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StaffOidcUser that && super.equals(other) && staff.equals(that.staff);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /**
     * Replaces the provider's authentication with the staff sign-in a password would have made (roles, principal,
     * the enrolled mark), holding the authorization-code factor; the second step follows where it is due.
     */
    static final class SignedIn implements AuthenticationSuccessHandler {

        private final StaffSecondFactor secondFactor;
        private final SecurityContextRepository contexts;
        private final SavedRequestAwareAuthenticationSuccessHandler next =
                new SavedRequestAwareAuthenticationSuccessHandler();

        SignedIn(StaffSecondFactor secondFactor, SecurityContextRepository contexts) {
            this.secondFactor = secondFactor;
            this.contexts = contexts;
            next.setDefaultTargetUrl("/admin/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            org.springframework.security.core.Authentication authentication)
                throws IOException, ServletException {
            var staff = ((StaffOidcUser) authentication.getPrincipal()).staff();
            var authorities = new ArrayList<GrantedAuthority>(staff.getAuthorities());
            authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
                    .issuedAt(Instant.now()).build());
            if (secondFactor.state(staff.id()).enrolled()) {
                authorities.add(new SimpleGrantedAuthority(SecondFactorAuthorization.ENROLLED));
            }
            var signedIn = UsernamePasswordAuthenticationToken.authenticated(staff, null, authorities);
            signedIn.setDetails(new WebAuthenticationDetails(request));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(signedIn);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            next.onAuthenticationSuccess(request, response, signedIn);
        }
    }
}
