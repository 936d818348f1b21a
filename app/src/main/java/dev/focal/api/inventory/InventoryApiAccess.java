package dev.focal.api.inventory;

import static dev.focal.api.core.ApiAccessRules.rule;

import dev.focal.api.core.ApiAccessRules;
import dev.focal.inventory.InventoryAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Every staff role reads availability; warehouse staff, buyers and admins move stock. */
@Component
class InventoryApiAccess implements ApiAccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/v1/inventory/availability")
                .access(rule(InventoryAccess.STAFF))
                .requestMatchers(HttpMethod.POST, "/api/v1/stock-movements")
                .access(rule(InventoryAccess.RECEIVERS));
    }
}
