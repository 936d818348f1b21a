package dev.focal.api.core;

import dev.focal.platform.SecondFactorAuthorization;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The URL rules of one API slice: who may call which of its endpoints. Each slice declares a bean of this type
 * next to its controllers; the core chains ({@link ApiSecurityConfiguration} for staff and public calls,
 * {@link CustomerApiSecurityConfiguration} for {@code /api/v1/me/**}) apply every slice's rules and end in
 * deny-all, so an endpoint no slice names is refused. Adding an endpoint never edits the core.
 * A slice states who may call with the owning context's named rule, the same one its service carries in
 * {@code @PreAuthorize}: {@code .access(rule(InventoryAccess.RECEIVERS))} (ADR 0014).
 */
public interface ApiAccessRules {

    /** The security chain a slice's rules belong to. */
    enum Caller {
        /** {@code /api/**}: anonymous callers for public reads, staff by API token or backoffice session. */
        STAFF,
        /** {@code /api/v1/me/**}: the signed-in customer, by the storefront session. */
        CUSTOMER
    }

    /** The chain these rules are for; staff and public by default. */
    default Caller caller() {
        return Caller.STAFF;
    }

    /** Adds this slice's request matchers and what each needs; never {@code anyRequest()}. */
    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

    /**
     * A context's named access rule (a Spring Security expression) as a URL rule. Like every role check Spring
     * Security builds, it also asks for the staff second factor where one is due (ADR 0018).
     */
    static AuthorizationManager<RequestAuthorizationContext> rule(String expression) {
        var secondFactor = new SecondFactorAuthorization();
        return AuthorizationManagers.allOf(secondFactor::authorize, new WebExpressionAuthorizationManager(expression));
    }

    /** Applies the rules of every slice for one caller, then denies whatever none of them named. */
    static void applyAll(Iterable<ApiAccessRules> rules, Caller caller,
                         AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        for (var slice : rules) {
            if (slice.caller() == caller) {
                slice.authorize(requests);
            }
        }
        requests.anyRequest().denyAll();
    }
}
