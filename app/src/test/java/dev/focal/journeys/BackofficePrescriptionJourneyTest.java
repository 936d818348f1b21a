package dev.focal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditFilter;
import dev.focal.audit.AuditLog;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.CustomerId;
import dev.focal.customers.PrescriptionId;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.customers.RegisterCustomer;
import dev.focal.customers.RxKind;
import dev.focal.customers.RxStatus;
import dev.focal.customers.WearerId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The optician's verification desk in a real browser at tablet size (1024 x 768): a customer's uploaded PDF waits
 * in the queue; the demo optician opens that task, sees the document through a signed link and types the values
 * from the paper with the keyboard only (Tab along the rows, Enter approves). A typo is shown at its field and
 * verifies nothing; fixed, the prescription is verified by the optician, and the views are audited. Screenshots
 * land in target/journeys.
 */
class BackofficePrescriptionJourneyTest extends JourneyTest {

    /** Sets up and checks through the services, under a name of its own so the optician's audit stays the browser's. */
    private static final String SETUP = "rx-journey-setup";

    @Autowired
    CustomerAccounts accounts;
    @Autowired
    PrescriptionDesk desk;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_demo_optician_transcribes_an_uploaded_pdf_by_keyboard_fixes_a_typo_and_approves_it() throws IOException {
        Instant started = Instant.now();
        String token = UUID.randomUUID().toString().substring(0, 8);
        String wearerName = "Wren Journey-" + token;
        CustomerId customer = accounts.register(new RegisterCustomer("rx-verify-" + token + "@journey.example",
                "Journey Holder " + token, "correct horse battery 42")).orElseThrow();
        asStaff();
        WearerId wearer = desk.addWearer(customer, wearerName, LocalDate.of(2014, 5, 17));
        PrescriptionId id = desk.uploadDocument(customer, null, wearer, RxKind.SPECTACLES,
                "paper-rx-" + token + ".pdf", pdf());
        assertThat(desk.prescription(id).status()).isEqualTo(RxStatus.AWAITING_VERIFICATION);

        page.navigate(url("/admin/login"));
        page.locator("vaadin-login-form input[name=username]").fill("optician");
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        enterDemoCode("optician");
        page.waitForURL(u -> !u.contains("/login"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rx verification")).click();
        page.waitForURL("**/admin/rx-verification");
        var grid = page.locator("vaadin-grid");
        assertThat(page.getByText("for verification, oldest first.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        // oldest first: ours is the newest task, so bring the end of the queue into view
        grid.evaluate("g => g.scrollToIndex(g.size - 1)");
        var row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(wearerName));
        assertThat(row).isVisible();
        shot("queue");
        row.click();
        page.waitForURL("**/admin/rx-verification/" + id);
        assertThat(page.locator(".editor-heading h2")).containsText(wearerName);

        // the document: a PDF in a frame and a new-tab link, both through the same signed, short-lived link
        var frame = page.locator(".rx-document-viewer iframe");
        assertThat(frame).hasAttribute("src", Pattern.compile("^/rx-documents/[^?]+\\?expires=\\d+&by=optician&signature=[\\w-]+$"));
        String documentUrl = frame.getAttribute("src");
        assertThat(page.locator("a", new Page.LocatorOptions().setHasText("Open in a new tab")))
                .hasAttribute("href", documentUrl);
        var served = page.request().get(url(documentUrl));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(served.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // keyboard only from here: the screen puts the cursor into the right sphere
        var odSph = cell("od.sph");
        assertThat(odSph).isFocused();
        type("-3.80");            // a typo for -3.75
        tab();
        type("-1.25");
        tab();
        type("x5");
        tab(6);                   // ADD, prism H, base, prism V, base: not on this paper
        assertThat(cell("os.sph")).isFocused();
        type("-3,50");
        tab();
        type("-0.75");
        tab();
        type("x175");
        tab(6);
        assertThat(cell("pd")).isFocused();
        type("65");
        tab(7);                   // R/L PD, near PD, fitting heights, vertex: not measured
        assertThat(page.getByLabel("Issued on")).isFocused();
        LocalDate issued = LocalDate.now().minusMonths(1);
        type(issued.toString());
        shot("typed-with-typo");
        page.keyboard().press("Enter");

        var odSphField = page.locator("vaadin-text-field[data-rx='od.sph']");
        assertThat(odSphField).hasAttribute("invalid", "");
        assertThat(odSphField).containsText("Sphere goes in steps of 0.25");
        assertThat(odSph).isFocused();
        // in the narrow cell the message wraps to several lines: it must push the left eye's row down, not cover it
        var message = odSphField.locator("[slot=error-message]").boundingBox();
        var osSph = page.locator("vaadin-text-field[data-rx='os.sph']").boundingBox();
        assertThat(message.y + message.height).as("bottom of the message").isLessThanOrEqualTo(osSph.y);
        shot("typo-at-its-field");
        var unchanged = desk.prescription(id);
        assertThat(unchanged.status()).isEqualTo(RxStatus.AWAITING_VERIFICATION);
        assertThat(unchanged.verifiedBy()).isNull();

        page.keyboard().press("ControlOrMeta+A");
        type("-3,75");
        page.keyboard().press("Enter");

        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions()
                .setHasText("Verified: " + wearerName))).isVisible();
        shot("approved");
        // on to the next task waiting (or the empty queue): a fresh task shows no leftover marks
        page.waitForURL(u -> !u.endsWith(id.toString()));
        if (page.url().matches(".*/rx-verification/[0-9a-f-]{36}$")) {
            assertThat(page.locator(".editor-heading h2")).not().containsText(wearerName);
            assertThat(page.locator("vaadin-date-picker").first()).not().hasAttribute("invalid", "");
            assertThat(page.locator("vaadin-text-field[invalid]")).hasCount(0);
            shot("next-task");
        }

        var verified = desk.prescription(id);
        assertThat(verified.status()).isEqualTo(RxStatus.VERIFIED);
        assertThat(verified.verifiedBy()).isEqualTo("optician");
        assertThat(verified.issuedOn()).isEqualTo(issued);
        var rx = verified.spectacles();
        assertThat(rx).isEqualTo(rx.minusCylinderForm());
        assertThat(rx.right().sphere().diopters()).isEqualByComparingTo("-3.75");
        assertThat(rx.right().cylinder().diopters()).isEqualByComparingTo("-1.25");
        assertThat(rx.right().axis().degrees()).isEqualTo(5);
        assertThat(rx.right().addition()).isNull();
        assertThat(rx.right().prism()).isNull();
        assertThat(rx.left().sphere().diopters()).isEqualByComparingTo("-3.50");
        assertThat(rx.left().cylinder().diopters()).isEqualByComparingTo("-0.75");
        assertThat(rx.left().axis().degrees()).isEqualTo(175);
        assertThat(rx.pd().distance()).isEqualByComparingTo(new BigDecimal("65"));
        assertThat(desk.verificationQueue()).noneMatch(t -> t.id().equals(id));

        assertThat(audited(AuditAction.RX_DOCUMENT_VIEWED, id, started)).as("the signed link was audited").isNotZero();
        assertThat(audited(AuditAction.RX_VIEWED, id, started)).as("opening the task was audited").isNotZero();
    }

    private long audited(AuditAction action, PrescriptionId id, Instant since) {
        return audit.find(new AuditFilter("optician", action, id.toString(), since.minusSeconds(5), null),
                PageRequest.of(0, 20)).getContent().stream().filter(e -> id.toString().equals(e.targetId())).count();
    }

    private Locator cell(String key) {
        return page.locator("vaadin-text-field[data-rx='" + key + "'] input");
    }

    private void type(String text) {
        page.keyboard().type(text);
    }

    private void tab() {
        tab(1);
    }

    private void tab(int times) {
        for (int i = 0; i < times; i++) {
            page.keyboard().press("Tab");
        }
    }

    /** Staff at the counter (an optician who may also read the audit trail), not the demo optician. */
    private static void asStaff() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(SETUP, null,
                AuthorityUtils.createAuthorityList("ROLE_OPTICIAN", "ROLE_ADMIN")));
    }

    /** A one-page PDF of a paper prescription, made with PDFBox. */
    private static byte[] pdf() throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var paper = new PDPage(PDRectangle.A5);
            document.addPage(paper);
            try (var text = new PDPageContentStream(document, paper)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.setLeading(18);
                text.newLineAtOffset(40, 520);
                text.showText("Spectacle prescription");
                text.newLine();
                text.showText("OD  -3.75  -1.25  x 5");
                text.newLine();
                text.showText("OS  -3.50  -0.75  x 175");
                text.newLine();
                text.showText("PD 65");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "journeys", "backoffice-rx-" + name + ".png")));
    }
}
