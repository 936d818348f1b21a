package dev.focal.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the demo accounts whose roles require a second factor get an authenticator with the published
 * {@link StaffSecondFactor#DEMO_SECRET}, so the demo shows the second sign-in step (README). Runs after the
 * accounts are created.
 */
@Component
@Order(11)
class SecondFactorDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorDemoData.class);

    private final StaffUserRepository users;
    private final StaffSecondFactor secondFactor;
    private final boolean demo;

    SecondFactorDemoData(StaffUserRepository users, StaffSecondFactor secondFactor,
                         @Value("${focal.demo:false}") boolean demo) {
        this.users = users;
        this.secondFactor = secondFactor;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        for (String name : StaffAccountsBootstrap.DEMO_ACCOUNTS) {
            users.findByUsername(name)
                    .filter(user -> StaffSecondFactor.requiredFor(user.toPrincipal().roles()))
                    .ifPresent(user -> secondFactor.enrolForDemo(user, Totp.fromBase32(StaffSecondFactor.DEMO_SECRET)));
        }
        log.info("Demo mode: admin, associate and optician sign in with a second factor; their authenticator "
                + "secret is {}", StaffSecondFactor.DEMO_SECRET);
    }
}
