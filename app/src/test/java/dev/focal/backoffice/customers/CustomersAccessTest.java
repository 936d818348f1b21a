package dev.focal.backoffice.customers;

import dev.focal.IntegrationTest;
import dev.focal.backoffice.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who opens customers and prescriptions: opticians, associates and admins; no one else. */
@IntegrationTest
class CustomersAccessTest extends KaribuTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            customers                          | CustomersView           | ADMIN ASSOCIATE OPTICIAN
            customers/0190a000-0000-7000-8000-000000000001 | * | ADMIN ASSOCIATE OPTICIAN
            customers/0190a000-0000-7000-8000-000000000001/rx-entry | * | ADMIN ASSOCIATE OPTICIAN
            rx-verification                    | RxVerificationQueueView | ADMIN ASSOCIATE OPTICIAN
            rx-verification/0190a000-0000-7000-8000-000000000001 | * | ADMIN ASSOCIATE OPTICIAN
            feasibility                        | FeasibilityView         | ADMIN ASSOCIATE OPTICIAN
            """)
    void only_the_roles_in_the_table_open_each_screen(String route, String view, String roles) {
        assertOnlyTheseRolesOpen(route, view, roles);
    }
}
