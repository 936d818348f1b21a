package dev.focal.api.procurement;

import static dev.focal.api.core.ApiAccessRules.rule;

import dev.focal.api.core.ApiAccessRules;
import dev.focal.procurement.ProcurementAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Buyers, warehouse staff and admins read purchase orders. */
@Component
class ProcurementApiAccess implements ApiAccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/v1/purchase-orders", "/api/v1/purchase-orders/*")
                .access(rule(ProcurementAccess.PO_READERS));
    }
}
