package dev.focal.api.customers;

import static dev.focal.api.core.ApiAccessRules.rule;

import dev.focal.api.core.ApiAccessRules;
import dev.focal.customers.CustomersAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The signed-in customer reads and adds their own prescriptions. */
@Component
class MyPrescriptionsApiAccess implements ApiAccessRules {

    @Override
    public Caller caller() {
        return Caller.CUSTOMER;
    }

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/v1/me/rx", "/api/v1/me/rx/*").access(rule(CustomersAccess.CUSTOMER))
                .requestMatchers(HttpMethod.POST, "/api/v1/me/rx").access(rule(CustomersAccess.CUSTOMER));
    }
}
