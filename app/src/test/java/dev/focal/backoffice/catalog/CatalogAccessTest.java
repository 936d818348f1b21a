package dev.focal.backoffice.catalog;

import dev.focal.IntegrationTest;
import dev.focal.backoffice.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who opens which catalog screen: every staff member reads products; admins import. */
@IntegrationTest
class CatalogAccessTest extends KaribuTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            products                    | ProductsView      | ADMIN ASSOCIATE OPTICIAN WAREHOUSE BUYER
            products/0190a000-0000-7000-8000-000000000001 | * | ADMIN ASSOCIATE OPTICIAN WAREHOUSE BUYER
            catalog-import              | CatalogImportView | ADMIN
            """)
    void only_the_roles_in_the_table_open_each_screen(String route, String view, String roles) {
        assertOnlyTheseRolesOpen(route, view, roles);
    }
}
