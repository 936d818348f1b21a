package dev.focal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of storefront page on the narrowest phone we support (360 x 740): nothing makes the page scroll
 * sideways, each page shows its heading, and no page breaks its Content-Security-Policy (checked by
 * {@link JourneyTest} after the journey). A failure names the page and the elements that stick out.
 */
class StorefrontOnAPhoneJourneyTest extends JourneyTest {

    private static final int PHONE_WIDTH = 360;

    /** The elements whose right edge passes the viewport, widest first, as "tag.class (right edge px)". */
    private static final String WIDEST_ELEMENTS = """
            () => [...document.querySelectorAll('body *')]
                .map(e => ({ e, right: Math.ceil(e.getBoundingClientRect().right) }))
                .filter(x => x.right > document.documentElement.clientWidth)
                .sort((a, b) => b.right - a.right).slice(0, 5)
                .map(x => x.e.tagName.toLowerCase() + (x.e.className && typeof x.e.className === 'string'
                    ? '.' + x.e.className.trim().split(/\\s+/).join('.') : '') + ' (' + x.right + ' px)')
                .join(', ')
            """;

    private final List<String> tooWide = new ArrayList<>();

    @Test
    void every_storefront_page_fits_a_360_pixel_wide_phone_screen() {
        page.setViewportSize(PHONE_WIDTH, 740);

        visit("home", "/", "Glasses made around your prescription");
        visit("category", "/eyeglasses", "Eyeglasses");
        visit("search", "/search?q=round", null);
        assertThat(page.locator(".product-card").first()).isVisible();
        String frame = firstProductOf("/eyeglasses");
        visit("frame product", frame, null);
        assertThat(page.locator(".facts")).containsText("Lens width (A)");
        String lens = firstProductOf("/lenses");
        visit("lens product", lens, null);
        visit("contact lenses", "/contact-lenses", "Contact lenses");
        String contactLens = firstProductOf("/contact-lenses");
        visit("contact lens product", contactLens, null);
        visit("cart", "/cart", "Your cart");
        visit("sign-in", "/login", "Sign in");
        visit("register", "/register", "Create an account");
        visit("forgot password", "/forgot-password", "Reset your password");
        visit("not found", "/p/no-such-product-" + PHONE_WIDTH, "We cannot find that page");

        page.navigate(url("/login"));
        page.getByLabel("E-mail address").fill("customer@example.com");
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(u -> u.contains("/account"));
        visit("account", "/account", "Your account");
        visit("my prescriptions", "/account/prescriptions", "My prescriptions");
        visit("new glasses prescription", "/account/prescriptions/new", "prescription");
        assertThat(page.getByLabel("Right eye (OD) SPH")).isVisible();
        visit("new contact lens prescription", "/account/prescriptions/new?kind=CONTACT_LENSES", "prescription");
        visit("upload a prescription", "/account/prescriptions/upload", "Upload a photo or scan");
        page.navigate(url("/account/prescriptions"));
        String detail = page.locator(".rx-card a").first().getAttribute("href");
        visit("prescription detail", detail, null);
        assertThat(page.locator(".rx-paper-view")).isVisible();

        assertThat(tooWide).as("pages wider than " + PHONE_WIDTH + " px").isEmpty();
    }

    /** Opens a page, checks its heading (when given) and notes it when it scrolls sideways. */
    private void visit(String kind, String path, String heading) {
        page.navigate(url(path));
        var h1 = page.locator("h1").first();
        assertThat(h1).isVisible();
        if (heading != null) {
            assertThat(h1).containsText(heading, new com.microsoft.playwright.assertions.LocatorAssertions
                    .ContainsTextOptions().setIgnoreCase(true));
        }
        int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        if (width > PHONE_WIDTH) {
            tooWide.add(kind + " " + path + " is " + width + " px wide; widest: " + page.evaluate(WIDEST_ELEMENTS));
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "journeys", "phone-" + kind.replace(' ', '-') + ".png")));
        }
    }

    private String firstProductOf(String category) {
        page.navigate(url(category));
        return page.locator(".product-card a").first().getAttribute("href");
    }
}
