package dev.focal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The warehouse's receiving screen in a real browser at tablet size (1024 x 768), signed in as the demo
 * warehouse user. Screenshots land in target/journeys.
 */
class ReceivingJourneyTest extends JourneyTest {

    @Test
    void an_over_tolerance_count_shows_its_message_inside_its_own_line_without_covering_the_next() {
        page.navigate(url("/admin/login"));
        page.locator("vaadin-login-form input[name=username]").fill("warehouse");
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL("**/admin**");

        page.navigate(url("/admin/receiving"));
        page.locator("vaadin-combo-box.big-field").nth(1).locator("input").click();
        page.locator("vaadin-combo-box-item").first().click();
        Locator rows = page.locator(".receiving-row");
        assertThat(rows.nth(1)).isVisible();

        Locator first = rows.first();
        first.locator("vaadin-integer-field.counted input").fill("9999");
        first.locator("vaadin-integer-field.counted input").press("Tab");
        page.getByText("Post receipt").click();

        assertThat(first.locator("vaadin-integer-field.counted")).hasAttribute("invalid", "");
        Locator message = first.locator(".row-error");
        assertThat(message).containsText("tolerance");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "journeys", "receiving-over-tolerance.png")));

        BoundingBox text = message.boundingBox();
        BoundingBox row = first.boundingBox();
        BoundingBox next = rows.nth(1).boundingBox();
        assertThat(text.y + text.height).as("the message ends above the next line").isLessThanOrEqualTo(next.y);
        assertThat(text.y + text.height).as("the message stays inside its own line").isLessThanOrEqualTo(row.y + row.height);
        assertThat(text.x + text.width).as("the message stays inside the row's width").isLessThanOrEqualTo(row.x + row.width);
    }
}
