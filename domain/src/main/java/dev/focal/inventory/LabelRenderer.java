package dev.focal.inventory;

import com.google.zxing.oned.Code128Writer;
import com.google.zxing.oned.EAN13Writer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws labels: PDF pages (an A4 sheet of 3 x 8 labels of 70 x 37 mm, or one 62 x 29 mm label per page) with
 * the barcode drawn as vector bars from ZXing's module pattern, and ZPL for thermal printers (62 x 29 mm at
 * 203 dpi) where the printer draws the barcode itself ({@code ^BC} Code 128, {@code ^BE} EAN-13).
 */
final class LabelRenderer {

    /** What a barcode carries: Code 128 of any text, or EAN-13 of 12 digits plus check digit. */
    enum Symbology { CODE_128, EAN_13 }

    record Barcode(Symbology symbology, String data) {
    }

    /** One label: a large title, a line of smaller text, and the barcode with its human-readable text. */
    record Label(String title, String subtitle, Barcode barcode) {
    }

    static final float MM = 72f / 25.4f;
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    // A4 sheet: 3 columns x 8 rows of 70 x 37 mm (like Avery 3474), starting at the page's top-left corner.
    private static final int COLUMNS = 3;
    private static final int ROWS = 8;
    private static final float SHEET_LABEL_W = 70 * MM;
    private static final float SHEET_LABEL_H = 37 * MM;
    private static final float SHEET_TOP = 0.5f * MM;
    // Single label: 62 x 29 mm (Brother DK-11209 and the like).
    private static final float SINGLE_W = 62 * MM;
    private static final float SINGLE_H = 29 * MM;
    // ZPL: 62 x 29 mm at 8 dots per mm.
    private static final int ZPL_W = 496;
    private static final int ZPL_H = 232;

    private LabelRenderer() {
    }

    /** The bars of a barcode, one flag per module (true = black), without quiet zones. */
    static boolean[] modules(Barcode barcode) {
        return switch (barcode.symbology()) {
            case CODE_128 -> new Code128Writer().encode(barcode.data());
            case EAN_13 -> new EAN13Writer().encode(barcode.data());
        };
    }

    /** An A4 sheet of 3 x 8 labels per page, filled row by row. */
    static byte[] a4Sheet(List<Label> labels) {
        try (PDDocument document = new PDDocument()) {
            int perPage = COLUMNS * ROWS;
            for (int start = 0; start < labels.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (int i = start; i < Math.min(labels.size(), start + perPage); i++) {
                        int cell = i - start;
                        float x = (cell % COLUMNS) * SHEET_LABEL_W;
                        float top = PDRectangle.A4.getHeight() - SHEET_TOP - (cell / COLUMNS) * SHEET_LABEL_H;
                        draw(content, labels.get(i), x, top - SHEET_LABEL_H, SHEET_LABEL_W, SHEET_LABEL_H, 4 * MM);
                    }
                }
            }
            if (labels.isEmpty()) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One 62 x 29 mm page per label. */
    static byte[] singles(List<Label> labels) {
        try (PDDocument document = new PDDocument()) {
            PDRectangle size = new PDRectangle(SINGLE_W, SINGLE_H);
            for (Label label : labels) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    draw(content, label, 0, 0, SINGLE_W, SINGLE_H, 2.5f * MM);
                }
            }
            if (labels.isEmpty()) {
                document.addPage(new PDPage(size));
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ZPL II: one {@code ^XA ... ^XZ} block per label, copies of a label printed with {@code ^PQ}. */
    static String zpl(List<Label> labels, List<Integer> copies) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            boolean[] bars = modules(label.barcode());
            int moduleWidth = Math.max(1, Math.min(3, (ZPL_W - 32) / (bars.length + 20)));
            out.append("^XA\n^CI28\n^PW").append(ZPL_W).append("\n^LL").append(ZPL_H).append("\n^LH0,0\n");
            out.append("^FO16,12^A0N,30,30^FB464,1,0,L^FH\\^FD").append(zplText(label.title())).append("^FS\n");
            out.append("^FO16,46^A0N,20,20^FB464,1,0,L^FH\\^FD").append(zplText(label.subtitle())).append("^FS\n");
            out.append("^FO").append(16 + ((ZPL_W - 32) - moduleWidth * bars.length) / 2).append(",76")
                    .append("^BY").append(moduleWidth).append(",3,110\n");
            if (label.barcode().symbology() == Symbology.EAN_13) {
                // The printer adds the check digit to the first 12 digits.
                out.append("^BEN,110,Y,N^FD").append(label.barcode().data(), 0, 12).append("^FS\n");
            } else {
                out.append("^BCN,110,Y,N,N^FH\\^FD").append(zplText(label.barcode().data()).replace(">", "><"))
                        .append("^FS\n");
            }
            int n = copies.size() > i ? Math.max(1, copies.get(i)) : 1;
            if (n > 1) {
                out.append("^PQ").append(n).append(",0,1,Y\n");
            }
            out.append("^XZ\n");
        }
        return out.toString();
    }

    /** Field data with ZPL's command characters hex-escaped (used after {@code ^FH\}). */
    static String zplText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '^' -> out.append("\\5E");
                case '~' -> out.append("\\7E");
                case '\\' -> out.append("\\5C");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void draw(PDPageContentStream content, Label label, float x, float y, float w, float h, float pad)
            throws IOException {
        float left = x + pad;
        float width = w - 2 * pad;
        float titleSize = h > 30 * MM ? 14 : 10;
        float subtitleSize = h > 30 * MM ? 7.5f : 6;
        float textSize = h > 30 * MM ? 8 : 6.5f;
        float top = y + h - pad;
        text(content, BOLD, titleSize, left, top - titleSize, width, label.title());
        text(content, REGULAR, subtitleSize, left, top - titleSize - subtitleSize - 1.5f, width, label.subtitle());

        float barsTop = top - titleSize - subtitleSize - 4;
        float barsBottom = y + pad * 0.6f + textSize + 1.5f;
        boolean[] bars = modules(label.barcode());
        int quiet = label.barcode().symbology() == Symbology.EAN_13 ? 9 : 10;
        float module = width / (bars.length + 2 * quiet);
        float barX = left + quiet * module;
        content.setNonStrokingColor(0f, 0f, 0f);
        int i = 0;
        while (i < bars.length) {
            if (!bars[i]) {
                i++;
                continue;
            }
            int run = i;
            while (run < bars.length && bars[run]) {
                run++;
            }
            content.addRect(barX + i * module, barsBottom, (run - i) * module, barsTop - barsBottom);
            i = run;
        }
        content.fill();
        String human = label.barcode().data();
        float humanWidth = REGULAR.getStringWidth(safe(REGULAR, human)) / 1000 * textSize;
        text(content, REGULAR, textSize, left + Math.max(0, (width - humanWidth) / 2), y + pad * 0.6f, width, human);
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, float width,
                             String text) throws IOException {
        String safe = fit(font, size, width, safe(font, text));
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(safe);
        content.endText();
    }

    /** The text with characters the standard font cannot show replaced ("52□18" becomes "52-18"). */
    static String safe(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = cp == '□' ? "-" : new String(Character.toChars(cp));
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static String fit(PDType1Font font, float size, float width, String text) throws IOException {
        if (font.getStringWidth(text) / 1000 * size <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && font.getStringWidth(cut + "...") / 1000 * size > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    private static byte[] save(PDDocument document) throws IOException {
        document.getDocumentInformation().setTitle("Focal labels");
        document.getDocumentInformation().setCreator("Focal");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
