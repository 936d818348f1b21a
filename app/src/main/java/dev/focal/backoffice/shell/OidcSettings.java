package dev.focal.backoffice.shell;

import org.springframework.core.env.Environment;

/**
 * Staff single sign-on through an OpenID Connect provider (ADR 0018), from {@code FOCAL_OIDC_*}: on only when the
 * issuer is set, and then the client id and secret must be set too. {@code name} is the provider's name on the
 * sign-in button; {@code usernameClaim} is the ID token claim whose value is a Focal staff username.
 */
record OidcSettings(String issuer, String clientId, String clientSecret, String name, String usernameClaim) {

    /** The one registration; it names the redirect URI {@code /admin/login/oauth2/code/oidc}. */
    static final String REGISTRATION_ID = "oidc";
    static final String AUTHORIZATION_BASE = "/admin/oauth2/authorization";
    static final String START = AUTHORIZATION_BASE + "/" + REGISTRATION_ID;
    static final String REDIRECT_BASE = "/admin/login/oauth2/code/*";
    /** Query parameters of the sign-in page after a refused or impossible single sign-on. */
    static final String REFUSED = "sso-refused";
    static final String UNAVAILABLE = "sso-unavailable";

    static OidcSettings off() {
        return new OidcSettings("", "", "", "", "preferred_username");
    }

    static OidcSettings from(Environment environment) {
        var settings = new OidcSettings(value(environment, "focal.oidc.issuer"),
                value(environment, "focal.oidc.client-id"), value(environment, "focal.oidc.client-secret"),
                value(environment, "focal.oidc.name"), value(environment, "focal.oidc.username-claim"));
        if (settings.enabled() && (settings.clientId().isEmpty() || settings.clientSecret().isEmpty())) {
            throw new IllegalStateException("FOCAL_OIDC_ISSUER is set, but FOCAL_OIDC_CLIENT_ID or "
                    + "FOCAL_OIDC_CLIENT_SECRET is not: set all three for single sign-on, or none.");
        }
        return settings;
    }

    boolean enabled() {
        return !issuer.isEmpty();
    }

    /** The label of the sign-in link, like "Sign in with Keycloak". */
    String buttonLabel() {
        return "Sign in with " + (name.isEmpty() ? "single sign-on" : name);
    }

    private static String value(Environment environment, String key) {
        return environment.getProperty(key, "").strip();
    }
}
