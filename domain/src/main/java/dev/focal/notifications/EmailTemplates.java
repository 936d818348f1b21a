package dev.focal.notifications;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Renders e-mails to customers and suppliers: plain text and a simple HTML version with the same words. */
@Component
class EmailTemplates {

    /** Stands for the token of a one-time link in every stored copy of a message. */
    static final String MASK = "\u2022\u2022\u2022\u2022";

    private final String baseUrl;
    private final String shopName;

    EmailTemplates(@Value("${focal.base-url:http://localhost:8080}") String baseUrl,
                   @Value("${focal.shop-name:Focal}") String shopName) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.shopName = shopName;
    }

    RenderedEmail welcome(String recipient, String fullName) {
        String subject = "Welcome to " + shopName;
        String text = """
                Hello %s,

                thank you for creating your %s account. Sign in with your e-mail address and the password you \
                chose to save your prescriptions, order glasses and follow your orders:

                %s/login

                If you did not sign up, reply to this e-mail and we will close the account.

                %s""".formatted(fullName, shopName, baseUrl, shopName);
        return new RenderedEmail("welcome", recipient, subject, text, html(subject, text));
    }

    /** To the owner of an address someone tried to sign up with again. */
    RenderedEmail registrationAttempted(String recipient, String fullName) {
        String subject = "Someone tried to create a " + shopName + " account with your address";
        String text = """
                Hello %s,

                someone tried to create a %s account with your e-mail address, which already has one. Your \
                account has not changed.

                If it was you, sign in, or reset your password if you have forgotten it:

                %s/login

                %s/forgot-password

                If it was not you, you need not do anything.

                %s""".formatted(fullName, shopName, baseUrl, baseUrl, shopName);
        return new RenderedEmail("registration-attempt", recipient, subject, text, html(subject, text));
    }

    /**
     * The link's token shows as {@link #MASK}: the message is stored like this and the token is minted when it
     * is sent ({@link OneTimeLinks}).
     */
    RenderedEmail passwordReset(String recipient, String fullName, long validMinutes) {
        String link = baseUrl + "/reset-password?token=" + MASK;
        String subject = "Reset your " + shopName + " password";
        String text = """
                Hello %s,

                someone (hopefully you) asked to reset the password of your %s account. Open this link within \
                %d minutes to choose a new password:

                %s

                If you did not ask for this, ignore this e-mail: your password stays as it is.

                %s""".formatted(fullName, shopName, validMinutes, link, shopName);
        return new RenderedEmail("password-reset", recipient, subject, text, html(subject, text));
    }

    /** An alert for staff (to the address in {@code focal.alerts.email}), with a link to the backoffice. */
    RenderedEmail staffAlert(String recipient, String title, String body) {
        String subject = "[" + shopName + "] " + title;
        String text = """
                %s

                %s

                Open the backoffice to see and dismiss the alert: %s/admin""".formatted(title, body, baseUrl);
        return new RenderedEmail("staff-alert", recipient, subject, text, html(subject, text));
    }

    /** A purchase order to its supplier, the PDF attached. */
    RenderedEmail purchaseOrder(String recipient, @Nullable String contactName, String supplierName, String number,
                                String total, @Nullable LocalDate expectedOn, String deliverTo, String pdfName,
                                byte[] pdf) {
        String subject = "Purchase order " + number + " from " + shopName;
        String text = """
                Hello %s,

                please find attached our purchase order %s (total %s)%s, for delivery to our location %s.

                Please confirm the order and its delivery date by replying to this e-mail, and quote %s on the \
                delivery note and the invoice.

                Thank you,
                %s purchasing""".formatted(contactName == null || contactName.isBlank() ? supplierName : contactName,
                number, total, expectedOn == null ? "" : ", expected by " + expectedOn, deliverTo, number, shopName);
        return new RenderedEmail("purchase-order", recipient, subject, text, html(subject, text),
                new RenderedEmail.Attachment(pdfName, "application/pdf", pdf));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String html(String subject, String text) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            String escaped = escape(paragraph.strip());
            if (escaped.startsWith("http://") || escaped.startsWith("https://")) {
                escaped = "<a href=\"" + escaped + "\">" + escaped + "</a>";
            }
            body.append("<p>").append(escaped.replace("\n", "<br>")).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
                <body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1d2733; max-width: 36rem">
                %s</body></html>""".formatted(escape(subject), body);
    }
}
