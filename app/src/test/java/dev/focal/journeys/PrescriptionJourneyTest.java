package dev.focal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.RegisterCustomer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PrescriptionJourneyTest extends JourneyTest {

    @Autowired
    CustomerAccounts accounts;

    void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "journeys", "rx-" + name + ".png")));
    }

    @Test
    void a_customer_adds_a_prescription_with_a_typo_sees_the_message_at_the_field_fixes_it_and_sees_it_listed() {
        String email = "rx-journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String password = "varifocals for reading";
        accounts.register(new RegisterCustomer(email, "Journey Wearer", password));

        page.navigate(url("/login"));
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> url.contains("/account"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My prescriptions")).first().click();
        page.waitForURL(url -> url.endsWith("/account/prescriptions"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a glasses prescription")).click();
        page.waitForURL(url -> url.contains("/account/prescriptions/new"));

        // a typo: -2.30 is not on the quarter-diopter step; the script checks it when the field is left
        page.getByLabel("Right eye (OD) SPH").fill("-2.30");
        page.getByLabel("Right eye (OD) CYL").click();
        var sphError = page.locator("[id='od.sph-error']");
        assertThat(sphError).isVisible();
        assertThat(sphError).containsText("0.25");
        shot("typo-1280");

        page.getByLabel("Right eye (OD) SPH").fill("-2,25");
        page.getByLabel("Right eye (OD) CYL").fill("-0.5");
        page.getByLabel("Right eye (OD) AXIS").fill("x180");
        page.getByLabel("Left eye (OS) SPH").fill("pl");
        page.getByLabel("Left eye (OS) CYL").click();
        assertThat(sphError).isHidden();
        page.getByLabel("PD (pupillary distance)").fill("63");
        page.getByLabel("Issue date").fill(LocalDate.now().minusMonths(2).toString());
        page.getByLabel("Prescriber").fill("Main Street Eye Care");
        page.setViewportSize(768, 1024);
        assertThat(page.getByLabel("Right eye (OD) AXIS")).hasValue("x180");
        shot("form-768");
        page.setViewportSize(1280, 900);
        assertThat(page.getByLabel("Right eye (OD) SPH")).hasValue("-2,25");
        shot("form-1280");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save prescription")).click();

        page.waitForURL(url -> url.matches(".*/account/prescriptions/[0-9a-f-]{36}$"));
        assertThat(page.getByText("Your prescription is saved.")).isVisible();
        assertThat(page.locator("h1")).containsText("for Journey Wearer");
        var sheet = page.locator(".rx-paper-view .rx-sheet");
        assertThat(sheet).containsText("-2.25");
        assertThat(sheet).containsText("-0.50");
        assertThat(sheet).containsText("180");
        assertThat(page.locator(".facts")).containsText("Main Street Eye Care");
        shot("detail-1280");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change")).click();
        page.getByLabel("Right eye (OD) SPH").fill("-2.50");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();
        page.waitForURL(url -> url.matches(".*/account/prescriptions/[0-9a-f-]{36}$"));
        assertThat(page.locator("table.compare mark")).containsText("-2.50");
        shot("history-1280");
        page.setViewportSize(768, 1024);
        assertThat(page.locator(".rx-paper-view .rx-sheet")).containsText("-2.50");
        shot("history-768");

        page.navigate(url("/account/prescriptions"));
        assertThat(page.locator(".rx-card")).containsText("-2.50");
        assertThat(page.locator(".rx-card")).containsText("Not verified");
        shot("list-768");
        page.setViewportSize(1280, 900);
        assertThat(page.locator("section.wearer h2")).containsText("Journey Wearer");
        shot("list-1280");
        page.navigate(url("/account/prescriptions/new?kind=CONTACT_LENSES"));
        assertThat(page.locator("h1")).hasText("Add a contact-lens prescription");
        assertThat(page.getByLabel("Right eye (OD) base curve")).isVisible();
        shot("contact-1280");
        page.setViewportSize(390, 844);
        page.navigate(url("/account/prescriptions/new"));
        assertThat(page.locator("h1")).hasText("Add a glasses prescription");
        assertThat(page.getByLabel("Left eye (OS) SPH")).isVisible();
        shot("form-390");
    }

    @Test
    void the_demo_customer_sees_the_family_prescriptions_with_the_expired_one_flagged() {
        page.navigate(url("/login"));
        page.getByLabel("E-mail address").fill("customer@example.com");
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> url.contains("/account"));
        assertThat(page.locator(".card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("My prescriptions"))).containsText("expired");
        shot("demo-account-1280");
        page.navigate(url("/account/prescriptions"));
        assertThat(page.locator(".expiry.expired").first()).isVisible();
        assertThat(page.locator("section.wearer")).not().hasCount(1);
        page.setViewportSize(1280, 900);
        shot("demo-list-1280");
        page.setViewportSize(768, 1024);
        shot("demo-list-768");
        var first = page.locator(".rx-card").first();
        first.locator("a").first().click();
        page.waitForURL(url -> url.matches(".*/account/prescriptions/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).containsText("for");
        assertThat(page.locator(".rx-badges .status")).isVisible();
        assertThat(page.locator(".facts")).containsText("Prescriber");
        shot("demo-detail-768");
    }
}
