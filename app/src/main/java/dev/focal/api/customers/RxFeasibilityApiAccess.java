package dev.focal.api.customers;

import static dev.focal.api.core.ApiAccessRules.rule;

import dev.focal.api.core.ApiAccessRules;
import dev.focal.catalog.CatalogAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Staff who advise on lenses check a prescription's feasibility. */
@Component
class RxFeasibilityApiAccess implements ApiAccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/rx/feasibility")
                .access(rule(CatalogAccess.LENS_ADVISERS));
    }
}
