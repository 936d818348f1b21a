package dev.focal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.CatalogFixtures;
import dev.focal.catalog.ProductMedia;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The catalog screens in a real browser at tablet size (1024 x 768); screenshots land in target/journeys. */
class BackofficeCatalogJourneyTest extends JourneyTest {

    @Autowired
    Catalog catalog;
    @Autowired
    ProductMedia media;

    @Test
    @WithMockUser(username = "journey-admin", roles = "ADMIN")
    void an_admin_finds_a_frame_and_opens_its_sizes_variants_and_images() throws Exception {
        String code = CatalogFixtures.code("JRN");
        var id = catalog.create(CatalogFixtures.frame(code));
        var image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(40, 80, 140));
        g.fillOval(40, 40, 320, 320);
        g.fillOval(440, 40, 320, 320);
        g.dispose();
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        media.upload(id, "BLK", "Front", "front.png", "image/png", png.toByteArray());

        page.navigate(url("/admin/login"));
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        enterDemoCode("admin");
        assertThat(page.getByText("Hello, Demo administrator")).isVisible();
        page.navigate(url("/admin/products"));
        page.locator("vaadin-text-field").first().locator("input").fill(code);
        assertThat(page.locator("vaadin-grid")).containsText("Model " + code);
        shot("catalog-products");

        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(code)).first().click();
        page.waitForURL("**/admin/products/" + id);
        assertThat(page.locator(".editor-heading h2")).containsText(code);
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).first()).hasValue("Model " + code);
        assertThat(page.getByLabel("Brand", new Page.GetByLabelOptions().setExact(true)).first()).hasValue("Lumen");
        shot("catalog-editor-general");
        tab("Colours & sizes");
        assertThat(page.locator(".marking").first()).containsText("50\u25A118-140");
        shot("catalog-editor-sizes");
        tab("Variants");
        assertThat(page.locator(".variant-cell")).hasCount(4);
        shot("catalog-editor-variants");
        tab("Images");
        assertThat(page.locator(".product-image img")).hasCount(1);
        page.waitForFunction("() => { const i = document.querySelector('.product-image img');"
                + " return i && i.complete && i.naturalWidth === 160; }");
        shot("catalog-editor-images");

        page.navigate(url("/admin/catalog-import"));
        assertThat(page.locator("vaadin-upload")).isVisible();
        assertThat(page.getByText("Upload a CSV file to check it. Nothing changes until you import it.")).isVisible();
        shot("catalog-import");
    }

    private void tab(String label) {
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText(label)).click();
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "journeys", name + ".png")));
    }
}
