package dev.focal.api.catalog;

import dev.focal.IntegrationTest;
import dev.focal.api.ApiAccessTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Products and search are public reads, with or without a token. */
@IntegrationTest
class CatalogApiAccessTest extends ApiAccessTable {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET | /api/v1/products            | ANONYMOUS ADMIN ASSOCIATE OPTICIAN WAREHOUSE BUYER
            GET | /api/v1/products/FR-NONE-1  | ANONYMOUS ADMIN ASSOCIATE OPTICIAN WAREHOUSE BUYER
            GET | /api/v1/search?q=frame      | ANONYMOUS ADMIN ASSOCIATE OPTICIAN WAREHOUSE BUYER
            """)
    void only_the_roles_in_the_table_pass(String method, String path, String callers) throws Exception {
        assertOnlyThesePass(method, path, null, callers);
    }
}
