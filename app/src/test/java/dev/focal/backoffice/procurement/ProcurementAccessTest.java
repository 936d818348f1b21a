package dev.focal.backoffice.procurement;

import dev.focal.IntegrationTest;
import dev.focal.backoffice.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who opens which purchasing screen: buyers and admins buy; the warehouse reads orders and receives; everyone reads suppliers. */
@IntegrationTest
class ProcurementAccessTest extends KaribuTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            suppliers                   | SuppliersView           | ADMIN ASSOCIATE OPTICIAN WAREHOUSE BUYER
            suppliers/NONE              | *                       | ADMIN ASSOCIATE OPTICIAN WAREHOUSE BUYER
            purchase-orders             | PurchaseOrdersView      | ADMIN BUYER WAREHOUSE
            purchase-orders/PO-NONE-1   | *                       | ADMIN BUYER WAREHOUSE
            receiving                   | ReceivingView           | ADMIN BUYER WAREHOUSE
            reorder-proposals           | ReorderProposalsView    | ADMIN BUYER
            supplier-performance        | SupplierPerformanceView | ADMIN BUYER
            """)
    void only_the_roles_in_the_table_open_each_screen(String route, String view, String roles) {
        assertOnlyTheseRolesOpen(route, view, roles);
    }
}
