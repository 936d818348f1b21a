package dev.focal.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can sign in to a new installation. In demo mode: one account per role with the
 * password {@code demo}. Otherwise: no default account; the first admin comes from
 * {@code FOCAL_ADMIN_USERNAME} / {@code FOCAL_ADMIN_PASSWORD} when no staff user exists yet.
 */
@Component
@Order(10)
class StaffAccountsBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffAccountsBootstrap.class);

    /** The demo accounts' usernames, one per role. */
    static final java.util.List<String> DEMO_ACCOUNTS = java.util.List.of("admin", "associate", "optician",
            "warehouse", "buyer");

    private final StaffUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final boolean demo;
    private final String adminUsername;
    private final String adminPassword;

    StaffAccountsBootstrap(StaffUserRepository users, PasswordEncoder passwords, Clock clock,
                           @Value("${focal.demo:false}") boolean demo,
                           @Value("${focal.admin.username:}") String adminUsername,
                           @Value("${focal.admin.password:}") String adminPassword) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.demo = demo;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo) {
            createDemoAccounts();
        }
        if (!adminUsername.isBlank()) {
            createFirstAdmin();
        } else if (users.count() == 0) {
            log.warn("No staff user exists. Set FOCAL_ADMIN_USERNAME and FOCAL_ADMIN_PASSWORD and restart "
                    + "to create the first administrator.");
        }
    }

    private void createDemoAccounts() {
        var demoAccounts = new java.util.LinkedHashMap<String, Set<Role>>();
        demoAccounts.put("admin", EnumSet.of(Role.ADMIN));
        demoAccounts.put("associate", EnumSet.of(Role.ASSOCIATE));
        demoAccounts.put("optician", EnumSet.of(Role.OPTICIAN));
        demoAccounts.put("warehouse", EnumSet.of(Role.WAREHOUSE));
        demoAccounts.put("buyer", EnumSet.of(Role.BUYER));
        String hash = passwords.encode("demo");
        demoAccounts.forEach((name, roles) -> {
            if (!users.existsByUsername(name)) {
                String displayName = "Demo " + roles.iterator().next().label().toLowerCase(java.util.Locale.ROOT);
                users.save(new StaffUser(Username.of(name), displayName, roles, hash, clock.instant()));
                log.info("Demo mode: created staff account '{}' with password 'demo'", name);
            }
        });
    }

    private void createFirstAdmin() {
        if (users.count() > 0) {
            return;
        }
        Username username = Username.of(adminUsername);
        dev.focal.shared.PasswordPolicy.check(adminPassword, username.value());
        users.save(new StaffUser(username, "Administrator", EnumSet.of(Role.ADMIN), passwords.encode(adminPassword),
                clock.instant()));
        log.info("Created the first administrator '{}' from FOCAL_ADMIN_USERNAME", username);
    }
}
