package dev.focal.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;

/**
 * Puts {@link SecondFactorAuthorization} into every role and authentication check Spring Security builds, for URL
 * rules and method security alike (Spring Security 7's {@code AuthorizationManagerFactory}, the mechanism
 * {@code @EnableMultiFactorAuthentication} uses, here with a per-user condition). ADR 0018.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorConfiguration {

    // Declared raw, as Spring Security's own multi-factor configuration does, so that it is found both for request
    // rules (RequestAuthorizationContext) and for method security (MethodInvocation).
    @Bean
    @SuppressWarnings({"rawtypes", "unchecked"})
    static DefaultAuthorizationManagerFactory authorizationManagerFactory() {
        var factory = new DefaultAuthorizationManagerFactory();
        factory.setAdditionalAuthorization(new SecondFactorAuthorization());
        return factory;
    }
}
