package dev.focal.platform;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One circuit-breaker registry and one retry registry for every outside provider (SMTP now; Adyen and EasyPost
 * next), with their state on the metrics endpoint ({@code resilience4j_circuitbreaker_state},
 * {@code resilience4j_retry_calls}, tagged by name). Each provider gets a named configuration from
 * {@code focal.providers.<name>.*} over the defaults below; its adapter takes it with
 * {@code registry.circuitBreaker(name, name)} and adds which failures count (see ADR 0019). To add a provider,
 * add its name to {@link #PROVIDERS}.
 */
@Configuration(proxyBeanMethods = false)
class ProviderResilienceConfiguration {

    /** Providers with a named configuration in both registries. */
    static final List<String> PROVIDERS = List.of("smtp");

    @Bean
    CircuitBreakerRegistry providerCircuitBreakers(Environment environment) {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
        for (String provider : PROVIDERS) {
            String prefix = "focal.providers." + provider + ".";
            registry.addConfiguration(provider, CircuitBreakerConfig.custom()
                    .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                    .slidingWindowSize(environment.getProperty(prefix + "window", Integer.class, 20))
                    .minimumNumberOfCalls(environment.getProperty(prefix + "minimum-calls", Integer.class, 10))
                    .failureRateThreshold(environment.getProperty(prefix + "failure-rate", Float.class, 50f))
                    .waitDurationInOpenState(environment.getProperty(prefix + "open-for", Duration.class,
                            Duration.ofMinutes(1)))
                    .permittedNumberOfCallsInHalfOpenState(1)
                    .automaticTransitionFromOpenToHalfOpenEnabled(false)
                    .build());
        }
        return registry;
    }

    @Bean
    RetryRegistry providerRetries(Environment environment) {
        RetryRegistry registry = RetryRegistry.ofDefaults();
        for (String provider : PROVIDERS) {
            String prefix = "focal.providers." + provider + ".";
            Duration wait = environment.getProperty(prefix + "retry-wait", Duration.class, Duration.ofSeconds(2));
            registry.addConfiguration(provider, RetryConfig.custom()
                    .maxAttempts(environment.getProperty(prefix + "retry-attempts", Integer.class, 3))
                    .intervalFunction(IntervalFunction.ofExponentialBackoff(wait, 2.0))
                    .build());
        }
        return registry;
    }

    /** Boot binds every {@link MeterBinder} bean to the meter registry; breakers created later are followed. */
    @Bean
    MeterBinder providerCircuitBreakerMetrics(CircuitBreakerRegistry providerCircuitBreakers) {
        return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(providerCircuitBreakers);
    }

    @Bean
    MeterBinder providerRetryMetrics(RetryRegistry providerRetries) {
        return TaggedRetryMetrics.ofRetryRegistry(providerRetries);
    }
}
