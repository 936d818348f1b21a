package dev.focal.api.customers;

import dev.focal.IntegrationTest;
import dev.focal.api.ApiAccessTable;
import dev.focal.catalog.FrameSpec.RimType;
import dev.focal.catalog.LensFit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Opticians, associates and admins check a prescription's feasibility. {@code /api/v1/me/rx} answers only the
 * shop customer's session, and 401 to every staff token: {@code MyPrescriptionsApiTest} shows it.
 */
@IntegrationTest
class CustomersApiAccessTest extends ApiAccessTable {

    @Autowired
    LensFit lensFit;

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | /api/v1/rx/feasibility | ADMIN ASSOCIATE OPTICIAN
            """)
    void only_the_roles_in_the_table_pass(String method, String path, String callers) throws Exception {
        actAsAdmin();
        var frame = lensFit.findFrames("FR-", 200).stream().filter(f -> f.rimType() == RimType.FULL && f.b() >= 30)
                .findFirst().orElseThrow();
        SecurityContextHolder.clearContext();
        String body = """
                {"rx": {"od": {"sph": "-2.00", "cyl": "-0,50", "axis": "x180"}, "os": {"sph": "-1.75"}, "pd": "64"},
                 "frameSku": "%s", "lensCode": "LN-SV"}
                """.formatted(frame.sku());
        assertOnlyThesePass(method, path, body, callers);
    }
}
