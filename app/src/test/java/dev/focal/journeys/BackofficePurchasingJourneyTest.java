package dev.focal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The buyer's screens in a real browser at tablet size (1024 x 768), signed in as the demo buyer: PO list and
 * detail with the PDF download, suppliers, reorder proposals and policies, supplier performance. Screenshots
 * land in target/journeys.
 */
class BackofficePurchasingJourneyTest extends JourneyTest {

    @Test
    void the_demo_buyer_opens_a_purchase_order_downloads_its_pdf_and_visits_the_buying_screens() throws Exception {
        page.navigate(url("/admin/login"));
        page.locator("vaadin-login-form input[name=username]").fill("buyer");
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.getByText("POs awaiting approval")).isVisible();
        shot("purchasing-home");

        page.navigate(url("/admin/purchase-orders"));
        assertThat(page.locator("vaadin-grid")).containsText("PO-");
        shot("purchasing-orders");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("PO-")).first().click();
        page.waitForURL("**/admin/purchase-orders/PO-*");
        assertThat(page.locator(".facts")).containsText("Supplier");
        shot("purchasing-order");

        var download = page.waitForDownload(() -> page.getByText("Download PDF").click());
        assertThat(download.suggestedFilename()).startsWith("PO-").endsWith(".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("History")).click();
        assertThat(page.locator("vaadin-grid").last()).containsText("Created");
        shot("purchasing-order-history");

        page.navigate(url("/admin/suppliers"));
        assertThat(page.locator("vaadin-grid")).containsText("Active");
        shot("purchasing-suppliers");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Active")).first().click();
        page.waitForURL("**/admin/suppliers/*");
        assertThat(page.getByText("Purchase order lines take their cost from here.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        shot("purchasing-supplier");

        page.navigate(url("/admin/reorder-proposals"));
        page.getByText("Generate now").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Checked");
        shot("purchasing-proposals");

        page.navigate(url("/admin/reorder-policies"));
        assertThat(page.locator("vaadin-grid")).containsText("WH1");
        shot("purchasing-policies");

        page.navigate(url("/admin/supplier-performance"));
        assertThat(page.locator("vaadin-grid")).containsText("Nordlicht Eyewear");
        assertThat(page.getByText("Lead times in days from sending the PO", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        shot("purchasing-performance");
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "journeys", name + ".png")));
    }
}
