package dev.focal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class StaffSignInJourneyTest extends JourneyTest {

    @Test
    void an_admin_signs_in_and_opens_the_staff_users_screen() {
        page.navigate(url("/admin"));
        page.waitForURL("**/admin/login");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        enterDemoCode("admin");

        assertThat(page.getByText("Hello, Demo administrator")).isVisible();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Staff users")).click();

        page.waitForURL("**/admin/staff-users");
        // Other tests add staff users, so look the demo ones up rather than hoping they are on the first rows
        page.locator("input[placeholder='Search username or name']").fill("demo");
        assertThat(page.locator("vaadin-grid")).containsText("warehouse");
        assertThat(page.locator("vaadin-grid")).containsText("Demo optician");
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_that_reveals_nothing() {
        page.navigate(url("/admin/login"));
        page.locator("vaadin-login-form input[name=username]").fill("no-such-user");
        page.locator("vaadin-login-form input[name=password]").fill("whatever");
        page.locator("vaadin-login-form vaadin-button").first().click();

        page.waitForURL("**/admin/login?error");
        assertThat(page.locator("vaadin-login-form")).containsText("Check your username and password");
    }
}
