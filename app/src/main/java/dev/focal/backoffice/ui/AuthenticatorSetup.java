package dev.focal.backoffice.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.focal.identity.AuthenticatorEnrolment;
import dev.focal.identity.SecondFactorExceptions.WrongSecondFactorCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sets up an authenticator app (ADR 0018): the QR code of the {@code otpauth://} URI, drawn on the server as SVG,
 * the secret as text for typing in, and a field for the first code, which confirms it. Then shows the ten recovery
 * codes once. Used at the sign-in set-up step and on My account.
 */
public class AuthenticatorSetup extends VerticalLayout {

    final Image qrCode;
    final Span secret = new Span();
    final TextField code = new TextField("Code from the app");
    final Button confirm = new Button("Confirm");
    final UnorderedList recoveryCodes = new UnorderedList();

    /**
     * @param enrolment the pending authenticator
     * @param confirmer confirms a code and returns the recovery codes (throws {@link WrongSecondFactorCode})
     * @param onDone    runs after the member has seen the recovery codes and pressed Continue
     */
    public AuthenticatorSetup(AuthenticatorEnrolment enrolment, Function<String, List<String>> confirmer,
                              Consumer<List<String>> onDone) {
        byte[] svg = qrSvg(enrolment.otpauthUri()).getBytes(StandardCharsets.UTF_8);
        DownloadHandler image = event -> {
            event.setContentType("image/svg+xml");
            event.setContentLength(svg.length);
            event.inline();
            event.getOutputStream().write(svg);
        };
        qrCode = new Image(image, "QR code for your authenticator app");
        qrCode.setWidth("12rem");
        qrCode.setHeight("12rem");
        secret.setText(grouped(enrolment.secret()));
        secret.addClassName("authenticator-secret");
        var uri = new Anchor();
        uri.setText("Open in an authenticator app on this device");
        // Vaadin refuses unknown URL schemes; this otpauth: URI is built by the server from its own secret and a
        // validated username, so it is trusted.
        uri.setUnsafeHref(enrolment.otpauthUri());
        uri.getElement().setAttribute("router-ignore", true);
        code.setMaxLength(8);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var done = new Button("Continue");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var saved = new VerticalLayout(new Paragraph("Your authenticator app is set up. These recovery codes each "
                + "sign you in once if you lose your phone. Save them now (print them or keep them in a password "
                + "manager): they are not shown again."), recoveryCodes, done);
        saved.setPadding(false);
        saved.setVisible(false);

        confirm.addClickListener(e -> {
            code.setInvalid(false);
            try {
                List<String> codes = confirmer.apply(code.getValue());
                codes.forEach(c -> recoveryCodes.add(new ListItem(c)));
                done.addClickListener(d -> onDone.accept(codes));
                saved.setVisible(true);
                code.setEnabled(false);
                confirm.setEnabled(false);
            } catch (WrongSecondFactorCode wrong) {
                code.setErrorMessage(wrong.getMessage());
                code.setInvalid(true);
            }
        });

        setPadding(false);
        add(new Paragraph("Scan this QR code with an authenticator app (Google Authenticator, Microsoft "
                        + "Authenticator, 1Password, FreeOTP...), or type the key in by hand."), qrCode,
                new Paragraph(new Span("Key: "), secret), uri, code, confirm, saved);
    }

    private static String grouped(String base32) {
        return base32.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The QR code as SVG: one square path per dark module, with the standard quiet zone. */
    static String qrSvg(String text) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            var path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                    + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                    + "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }
}
