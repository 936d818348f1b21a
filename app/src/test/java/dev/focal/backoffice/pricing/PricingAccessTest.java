package dev.focal.backoffice.pricing;

import dev.focal.IntegrationTest;
import dev.focal.backoffice.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who opens the pricing screens: buyers, associates and admins (admins edit). */
@IntegrationTest
class PricingAccessTest extends KaribuTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            price-lists   | PriceListsView   | ADMIN ASSOCIATE BUYER
            price-list/NONE | *              | ADMIN ASSOCIATE BUYER
            promotions    | PromotionsView   | ADMIN ASSOCIATE BUYER
            coupons       | CouponsView      | ADMIN ASSOCIATE BUYER
            rx-surcharges | RxSurchargesView | ADMIN ASSOCIATE BUYER
            tax-rates     | TaxRatesView     | ADMIN ASSOCIATE BUYER
            price-preview | PricePreviewView | ADMIN ASSOCIATE BUYER
            """)
    void only_the_roles_in_the_table_open_each_screen(String route, String view, String roles) {
        assertOnlyTheseRolesOpen(route, view, roles);
    }
}
