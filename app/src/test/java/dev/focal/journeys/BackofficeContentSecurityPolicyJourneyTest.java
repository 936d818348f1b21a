package dev.focal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The backoffice runs within its Content-Security-Policy (ADR 0021): the admin signs in and opens views of
 * every area; each renders its data, and {@link JourneyTest} fails the journey if Chromium refused any script,
 * style, image, font or connection on the way.
 */
class BackofficeContentSecurityPolicyJourneyTest extends JourneyTest {

    @Test
    void an_admin_signs_in_and_opens_views_of_every_area_without_a_policy_violation() {
        var bootstrap = page.navigate(url("/admin/login"));
        assertThat(bootstrap.headers().get("content-security-policy")).contains("script-src 'self' 'unsafe-inline'");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        enterDemoCode("admin");
        assertThat(page.getByText("Hello, Demo administrator")).isVisible();

        open("/admin/products", "Products", "Luna");
        open("/admin/customers", "Customers", "customer@example.com");
        open("/admin/stock", "Stock overview", "WH1");
        open("/admin/purchase-orders", "Purchase orders", "PO-");
        open("/admin/price-lists", "Price lists", "EUR");
        open("/admin/staff-users", "Staff users", "associate");
        open("/admin/audit", "Audit trail", "admin");
        open("/admin/jobs", "Background jobs", null);
        open("/admin/my-account", "My account", null);
        assertThat(page.getByText("API tokens", new com.microsoft.playwright.Page.GetByTextOptions().setExact(false))
                .first()).isVisible();
    }

    /** Opens a view by its address; it must carry its title and, when given, show the text in its grid. */
    private void open(String path, String title, String inGrid) {
        page.navigate(url(path));
        assertThat(page).hasTitle(title);
        if (inGrid != null) {
            assertThat(page.locator("vaadin-grid").first()).containsText(inGrid);
        }
    }
}
