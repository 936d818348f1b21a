package dev.focal.backoffice.customers;

import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.CustomerAuthentication;
import dev.focal.customers.CustomerId;
import dev.focal.customers.RegisterCustomer;
import dev.focal.optics.RxEntry;
import dev.focal.optics.SpectacleRx;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Customers and prescriptions of their own for the prescription screen tests: never the demo data. */
final class RxDeskFixtures {

    private RxDeskFixtures() {
    }

    record Account(CustomerId id, String email, String name, String token) {
    }

    /** A new storefront customer whose name and e-mail carry a token no other test uses. */
    static Account customer(CustomerAccounts accounts, String prefix) {
        String token = prefix.toLowerCase() + UUID.randomUUID().toString().substring(0, 8);
        String email = token + "@rxdesk.example";
        String name = "Rx " + Character.toUpperCase(token.charAt(0)) + token.substring(1) + " Tester";
        CustomerId id = accounts.register(new RegisterCustomer(email, name, "correct horse battery 42"))
                .orElseThrow();
        return new Account(id, email, name, token);
    }

    /** Signs in as the customer, as the storefront chain would (for uploads). */
    static void signInAsCustomer(CustomerAuthentication authentication, String email) {
        var principal = authentication.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    static SpectacleRx spectacles(String odSph, String odCyl, String odAxis, String osSph, String pd) {
        return new RxEntry(RxEntry.EyeEntry.of(odSph, odCyl, odAxis, null), RxEntry.EyeEntry.of(osSph, null, null, null),
                pd, null, null, null, null).read().orElseThrow();
    }

    /** The smallest file that is a PDF by its content. */
    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >>"
                + " endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A 1x1 PNG. */
    static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}
