package dev.focal;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Turns staff single sign-on on in the one test context, against {@link StubIssuer} (registered in
 * META-INF/spring.factories): a second context just for it would split Vaadin's security context holder.
 */
public class StubIssuerCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("focalStubIssuer", Map.of(
                    "focal.oidc.issuer", StubIssuer.get().issuer(),
                    "focal.oidc.client-id", StubIssuer.CLIENT_ID,
                    "focal.oidc.client-secret", StubIssuer.CLIENT_SECRET,
                    "focal.oidc.name", "Stub IdP")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
