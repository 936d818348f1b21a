package dev.focal.api.inventory;

import dev.focal.IntegrationTest;
import dev.focal.api.ApiAccessTable;
import dev.focal.catalog.Catalog;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Locations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every staff role reads availability; warehouse staff, buyers and admins post stock movements. */
@IntegrationTest
class InventoryApiAccessTest extends ApiAccessTable {

    @Autowired
    Catalog catalog;
    @Autowired
    Locations locations;

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            GET  | /api/v1/inventory/availability?sku={sku}&quantity=1 | -       | ADMIN ASSOCIATE OPTICIAN WAREHOUSE BUYER
            POST | /api/v1/stock-movements                            | receipt | ADMIN WAREHOUSE BUYER
            """)
    void only_the_roles_in_the_table_pass(String method, String path, String body, String callers) throws Exception {
        actAsAdmin();
        String sku = InventoryFixtures.newSku(catalog, "ACL");
        String location = InventoryFixtures.newLocation(locations, "ACL").code();
        SecurityContextHolder.clearContext();
        String json = body == null ? null : """
                {"kind": "RECEIPT", "sku": "%s", "location": "%s", "bin": "A-01-01", "quantity": 1, "sourceRef": "ACL"}
                """.formatted(sku, location);
        assertOnlyThesePass(method, path.replace("{sku}", sku), json, callers);
    }
}
