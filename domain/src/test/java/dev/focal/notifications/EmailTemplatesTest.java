package dev.focal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailTemplatesTest {

    final EmailTemplates templates = new EmailTemplates("https://shop.example.com/", "Focal");

    @Test
    void the_reset_email_carries_the_link_with_its_token_masked_and_escapes_names_in_html() {
        var email = templates.passwordReset("a@example.com", "<script>x</script>", 60);

        assertThat(email.text()).contains("https://shop.example.com/reset-password?token=" + EmailTemplates.MASK)
                .contains("60 minutes");
        assertThat(email.html()).contains("&lt;script&gt;").doesNotContain("<script>")
                .contains("<a href=\"https://shop.example.com/reset-password?token=" + EmailTemplates.MASK + "\">");
    }

    @Test
    void the_welcome_email_greets_by_name_and_links_to_sign_in() {
        var email = templates.welcome("a@example.com", "Ada");
        assertThat(email.subject()).isEqualTo("Welcome to Focal");
        assertThat(email.text()).startsWith("Hello Ada,").contains("https://shop.example.com/login");
    }

    @Test
    void the_registration_attempt_email_tells_the_owner_how_to_sign_in_or_reset() {
        var email = templates.registrationAttempted("a@example.com", "Ada");
        assertThat(email.kind()).isEqualTo("registration-attempt");
        assertThat(email.subject()).isEqualTo("Someone tried to create a Focal account with your address");
        assertThat(email.text()).startsWith("Hello Ada,").contains("Your account has not changed.")
                .contains("https://shop.example.com/login").contains("https://shop.example.com/forgot-password");
    }
}
