package dev.focal.customers;

import dev.focal.shared.Email;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo mode: the customer {@code customer@example.com} with password {@code demo}. */
@Component
@Order(20)
@ConditionalOnProperty(name = "focal.demo", havingValue = "true")
class CustomerDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CustomerDemoData.class);
    static final String DEMO_EMAIL = "customer@example.com";

    private final CustomerRepository customers;
    private final PasswordEncoder passwords;
    private final Clock clock;

    CustomerDemoData(CustomerRepository customers, PasswordEncoder passwords, Clock clock) {
        this.customers = customers;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!customers.existsByEmail(DEMO_EMAIL)) {
            // Built directly, not through register(): the demo password is shorter than the policy allows,
            // and a demo account should not send a welcome e-mail.
            customers.save(Customer.seeded(Email.of(DEMO_EMAIL), "Casey Customer", passwords.encode("demo"),
                    clock.instant()));
            log.info("Demo mode: created customer '{}' with password 'demo'", DEMO_EMAIL);
        }
    }
}
