package dev.focal.api.procurement;

import dev.focal.IntegrationTest;
import dev.focal.api.ApiAccessTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Buyers, warehouse staff and admins read purchase orders (an unknown number answers 404 to them, 403 to others). */
@IntegrationTest
class ProcurementApiAccessTest extends ApiAccessTable {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET | /api/v1/purchase-orders             | ADMIN BUYER WAREHOUSE
            GET | /api/v1/purchase-orders/PO-NONE-001 | ADMIN BUYER WAREHOUSE
            """)
    void only_the_roles_in_the_table_pass(String method, String path, String callers) throws Exception {
        assertOnlyThesePass(method, path, null, callers);
    }
}
