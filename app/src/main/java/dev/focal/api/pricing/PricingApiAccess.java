package dev.focal.api.pricing;

import static dev.focal.api.core.ApiAccessRules.rule;

import dev.focal.api.core.ApiAccessRules;
import dev.focal.pricing.PricingAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Prices are public; promotions are read by the staff who sell and buy, and written by admins. */
@Component
class PricingApiAccess implements ApiAccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/v1/prices").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/promotions", "/api/v1/promotions/*")
                .access(rule(PricingAccess.READERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/promotions").access(rule(PricingAccess.EDITORS));
    }
}
