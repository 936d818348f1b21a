package dev.focal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

class CatalogJourneyTest extends JourneyTest {

    @Test
    void a_shopper_filters_eyeglasses_opens_a_frame_and_switches_colour_and_size() {
        page.navigate(url("/"));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Eyeglasses")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Eyeglasses").setLevel(1))).isVisible();
        String all = page.locator("#result-count").textContent();

        page.locator(".facet", new Page.LocatorOptions().setHasText("Size")).getByText("Large (54 and up)").click();
        page.waitForURL(u -> u.contains("size=LARGE"));
        assertThat(page.locator("#result-count")).not().hasText(all);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Price: low to high")).click();
        page.waitForURL(u -> u.contains("sort=price-asc"));
        assertThat(page.locator(".sorts strong")).hasText("Price: low to high");
        var prices = page.locator(".product-card .price").allTextContents().stream()
                .map(text -> new BigDecimal(text.replaceAll("[^0-9.]", ""))).toList();
        assertThat(prices).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.naturalOrder());

        page.locator(".product-card a").first().click();
        page.waitForURL(u -> u.contains("/p/"));
        assertThat(page.locator(".price")).containsText("\u20AC");
        assertThat(page.locator(".facts")).containsText("Lens width (A)");
        String sku = page.locator(".sku").textContent();

        var swatches = page.locator(".swatch-link");
        swatches.nth(swatches.count() - 1).click();
        page.waitForURL(u -> u.contains("colour="));
        assertThat(page.locator(".sku")).not().hasText(sku);
        assertThat(page.locator(".swatch-link.chosen")).hasCount(1);
    }

    @Test
    void a_misspelt_search_still_finds_frames_and_says_so() {
        page.navigate(url("/"));
        page.getByLabel("Search the shop").fill("tortoize");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.waitForURL(u -> u.contains("/search?q="));
        assertThat(page.getByText("No exact match")).isVisible();
        assertThat(page.locator(".product-card").first()).isVisible();
    }
}
