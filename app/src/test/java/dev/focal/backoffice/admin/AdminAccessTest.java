package dev.focal.backoffice.admin;

import dev.focal.IntegrationTest;
import dev.focal.backoffice.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who opens the admin screens: administrators only (my account is {@code @PermitAll}: see {@code MyAccountViewTest}). */
@IntegrationTest
class AdminAccessTest extends KaribuTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            staff-users | StaffUsersView    | ADMIN
            audit       | AuditTrailView    | ADMIN
            jobs        | JobsView          | ADMIN
            messages    | MessageLogView    | ADMIN
            """)
    void only_the_roles_in_the_table_open_each_screen(String route, String view, String roles) {
        assertOnlyTheseRolesOpen(route, view, roles);
    }
}
