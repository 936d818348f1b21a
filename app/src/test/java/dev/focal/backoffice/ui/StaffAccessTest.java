package dev.focal.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.inventory.InventoryAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class StaffAccessTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signInAs(String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("someone", null, authorities));
    }

    @Test
    void a_rule_passes_exactly_the_roles_it_names() {
        signInAs("ROLE_ASSOCIATE");
        assertThat(StaffAccess.allows(InventoryAccess.STOCK_KEEPERS)).isFalse();
        assertThat(StaffAccess.allows(InventoryAccess.STAFF)).isTrue();

        signInAs("ROLE_WAREHOUSE");
        assertThat(StaffAccess.allows(InventoryAccess.STOCK_KEEPERS)).isTrue();
        assertThat(StaffAccess.allows(InventoryAccess.PLANNERS)).isFalse();
    }

    @Test
    void nobody_signed_in_passes_no_rule() {
        assertThat(StaffAccess.allows(InventoryAccess.STAFF)).isFalse();
    }
}
