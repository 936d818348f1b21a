package dev.focal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerAccountJourneyTest extends JourneyTest {

    @Test
    void a_customer_registers_is_told_to_check_their_email_signs_in_signs_out_and_signs_in_again() {
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String password = "round lenses for reading";

        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create account")).first().click();
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Your name").fill("Journey Customer");
        page.getByLabel("Password").fill("too short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.locator("#password-error")).hasText("Use at least 10 characters.");

        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        page.waitForURL(url -> url.endsWith("/register?sent"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your e-mail")))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to sign-in")).click();
        page.waitForURL(url -> url.contains("/login"));
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> url.contains("/account"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
        assertThat(page.locator(".facts")).containsText(email);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(url -> url.endsWith("/?signedOut"));
        assertThat(page.getByText("You are signed out.")).isVisible();

        page.navigate(url("/account"));
        page.waitForURL(url -> url.contains("/login"));
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        page.waitForURL(url -> url.contains("/account"));
        assertThat(page.locator(".facts")).containsText("Journey Customer");
    }
}
