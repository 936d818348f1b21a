package dev.focal.api.pricing;

import dev.focal.IntegrationTest;
import dev.focal.api.ApiAccessTable;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Prices are public; buyers, associates and admins read promotions; admins create them. */
@IntegrationTest
class PricingApiAccessTest extends ApiAccessTable {

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            GET  | /api/v1/prices?sku=FR-NONE-1 | -         | ANONYMOUS ADMIN ASSOCIATE OPTICIAN WAREHOUSE BUYER
            GET  | /api/v1/promotions           | -         | ADMIN ASSOCIATE BUYER
            GET  | /api/v1/promotions/{random}  | -         | ADMIN ASSOCIATE BUYER
            POST | /api/v1/promotions           | promotion | ADMIN
            """)
    void only_the_roles_in_the_table_pass(String method, String path, String body, String callers) throws Exception {
        String code = "ACL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String json = body == null ? null : """
                {"code": "%s", "name": "Access table", "effect": "PERCENT_OFF", "percent": 5,
                 "categories": ["ACCESSORIES"], "brands": ["Nobody %s"], "startsAt": "2026-01-01T00:00:00Z", "priority": 1,
                 "stacking": "COMBINABLE", "enabled": false}
                """.formatted(code, code);
        assertOnlyThesePass(method, path.replace("{random}", UUID.randomUUID().toString()), json, callers);
    }
}
