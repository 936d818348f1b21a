package dev.focal.backoffice.inventory;

import dev.focal.IntegrationTest;
import dev.focal.backoffice.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who opens which inventory screen: every staff member looks stock up; warehouse staff and admins keep it; buyers plan. */
@IntegrationTest
class InventoryAccessTest extends KaribuTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            stock                       | StockOverviewView   | ADMIN ASSOCIATE OPTICIAN WAREHOUSE BUYER
            stock/lookup                | StockLookupView     | ADMIN ASSOCIATE OPTICIAN WAREHOUSE BUYER
            transfers                   | TransfersView       | ADMIN ASSOCIATE OPTICIAN WAREHOUSE BUYER
            transfers/TR-NONE-0001      | *                   | ADMIN ASSOCIATE OPTICIAN WAREHOUSE BUYER
            stock/putaway               | PutawayView         | ADMIN WAREHOUSE
            counts                      | CountsView          | ADMIN WAREHOUSE
            counts/CC-NONE-0001/count   | *                   | ADMIN WAREHOUSE
            counts/CC-NONE-0001/review  | *                   | ADMIN WAREHOUSE
            locations                   | LocationsView       | ADMIN WAREHOUSE
            reorder-policies            | ReorderPoliciesView | ADMIN BUYER WAREHOUSE
            """)
    void only_the_roles_in_the_table_open_each_screen(String route, String view, String roles) {
        assertOnlyTheseRolesOpen(route, view, roles);
    }
}
