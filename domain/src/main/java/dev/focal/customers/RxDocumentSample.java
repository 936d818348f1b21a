package dev.focal.customers;

import dev.focal.optics.ContactLensEye;
import dev.focal.optics.ContactLensRx;
import dev.focal.optics.EyeRx;
import dev.focal.optics.SpectacleRx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A prescription as an eye doctor's office prints it (letterhead, patient, OD/OS table, signature line), for demo
 * documents that an optician can transcribe in the verification queue. Landscape A5, like a prescription pad.
 */
final class RxDocumentSample {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font SCRIPT = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private RxDocumentSample() {
    }

    /** The practice that wrote it. */
    record Practice(String name, String address, String phone, String doctor, String licence) {
    }

    static byte[] spectacles(Practice practice, String patient, LocalDate birthDate, LocalDate issued,
                             SpectacleRx rx, String remarks) {
        List<String> header = List.of("", "Sphere", "Cylinder", "Axis", "Add", "Prism");
        List<List<String>> rows = List.of(eye("OD", rx.right()), eye("OS", rx.left()));
        String pd = rx.pd() == null ? "" : "PD " + rx.pd() + " mm";
        return render(practice, patient, birthDate, issued, "SPECTACLE LENS PRESCRIPTION", header, rows,
                List.of(pd, remarks), "Expires: 2 years from exam date unless noted");
    }

    static byte[] contactLenses(Practice practice, String patient, LocalDate birthDate, LocalDate issued,
                                ContactLensRx rx, LocalDate expires) {
        List<String> header = List.of("", "Brand", "Power", "BC", "DIA", "Cyl x Axis / Add");
        List<List<String>> rows = List.of(lens("OD", rx.right()), lens("OS", rx.left()));
        return render(practice, patient, birthDate, issued, "CONTACT LENS PRESCRIPTION", header, rows,
                List.of("Replacement: as directed by the manufacturer. Substitution not permitted."),
                "Expires: " + DATE.format(expires));
    }

    private static List<String> eye(String code, EyeRx eye) {
        return List.of(code, eye.sphere().toString(), eye.cylinder().isNone() ? "DS" : eye.cylinder().toString(),
                eye.axis() == null ? "" : eye.axis().toString(), eye.addition() == null ? "" : eye.addition().toString(),
                eye.prism() == null ? "" : eye.prism().toString());
    }

    private static List<String> lens(String code, ContactLensEye eye) {
        String extra = (eye.toric() ? eye.cylinder() + " x " + eye.axis() : "")
                + (eye.addition() != null ? (eye.toric() ? " / " : "") + "Add " + eye.addition() : "");
        return List.of(code, eye.brand(), eye.power().toString(), eye.baseCurve().toPlainString(),
                eye.diameter().toPlainString(), extra);
    }

    private static byte[] render(Practice practice, String patient, LocalDate birthDate, LocalDate issued,
                                 String title, List<String> header, List<List<String>> rows, List<String> remarks,
                                 String expiry) {
        PDRectangle size = new PDRectangle(PDRectangle.A5.getHeight(), PDRectangle.A5.getWidth());
        float width = size.getWidth();
        float height = size.getHeight();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream pdf = new PDPageContentStream(document, page)) {
                float margin = 36;
                float y = height - margin - 12;
                text(pdf, BOLD, 15, margin, y, practice.name());
                text(pdf, REGULAR, 9, margin, y - 14, practice.address() + "  ·  " + practice.phone());
                text(pdf, REGULAR, 9, margin, y - 26, practice.doctor() + "  ·  Licence " + practice.licence());
                pdf.setLineWidth(1.2f);
                line(pdf, margin, y - 34, width - margin, y - 34);

                y -= 56;
                text(pdf, BOLD, 11, margin, y, title);
                text(pdf, REGULAR, 10, width - margin - 150, y, "Date: " + DATE.format(issued));
                y -= 20;
                text(pdf, REGULAR, 10, margin, y, "Patient: " + patient);
                text(pdf, REGULAR, 10, width - margin - 150, y, "DOB: " + DATE.format(birthDate));

                y -= 26;
                float[] columns = header.size() == 6 && header.get(1).equals("Brand")
                        ? new float[] {margin, margin + 34, margin + 210, margin + 265, margin + 310, margin + 360}
                        : new float[] {margin, margin + 50, margin + 130, margin + 210, margin + 270, margin + 340};
                pdf.setLineWidth(0.6f);
                line(pdf, margin, y + 14, width - margin, y + 14);
                for (int i = 0; i < header.size(); i++) {
                    text(pdf, BOLD, 10, columns[i] + 4, y, header.get(i));
                }
                line(pdf, margin, y - 6, width - margin, y - 6);
                for (List<String> row : rows) {
                    y -= 24;
                    for (int i = 0; i < row.size(); i++) {
                        text(pdf, i == 0 ? BOLD : REGULAR, 12, columns[i] + 4, y, row.get(i));
                    }
                    line(pdf, margin, y - 8, width - margin, y - 8);
                }
                y -= 30;
                for (String remark : remarks) {
                    if (!remark.isBlank()) {
                        text(pdf, REGULAR, 10, margin, y, remark);
                        y -= 15;
                    }
                }
                text(pdf, REGULAR, 9, margin, margin + 10, expiry);
                text(pdf, SCRIPT, 18, width - margin - 190, margin + 26, practice.doctor());
                line(pdf, width - margin - 200, margin + 20, width - margin, margin + 20);
                text(pdf, REGULAR, 8, width - margin - 200, margin + 8, "Signature of prescriber");
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream pdf, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        pdf.beginText();
        pdf.setFont(font, size);
        pdf.newLineAtOffset(x, y);
        pdf.showText(text);
        pdf.endText();
    }

    private static void line(PDPageContentStream pdf, float x1, float y1, float x2, float y2) throws IOException {
        pdf.moveTo(x1, y1);
        pdf.lineTo(x2, y2);
        pdf.stroke();
    }
}
