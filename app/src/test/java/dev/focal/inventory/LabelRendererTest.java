package dev.focal.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import dev.focal.inventory.LabelRenderer.Barcode;
import dev.focal.inventory.LabelRenderer.Label;
import dev.focal.inventory.LabelRenderer.Symbology;
import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Labels render to PDFs whose text and barcodes read back, and to ZPL a thermal printer understands. */
class LabelRendererTest {

    static final Label BIN = new Label("A-01-03", "WH1 · aisle A, shelf 01, bin 03",
            new Barcode(Symbology.CODE_128, "WH1/A-01-03"));
    static final Label SKU = Labels.skuLabel(new SkuLabel("FR-LUNA-BLK-52", "Aurelia Luna, Black, 52□18-140",
            "4006381333931", 2));

    @Test
    void an_a4_sheet_holds_24_labels_a_page_and_its_text_is_searchable() throws Exception {
        byte[] pdf = LabelRenderer.a4Sheet(Collections.nCopies(25, BIN));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("WH1/A-01-03").contains("A-01-03");
        }
    }

    @Test
    void a_single_label_keeps_description_and_ean_and_replaces_what_the_font_lacks() throws Exception {
        byte[] pdf = LabelRenderer.singles(List.of(SKU));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(62 * LabelRenderer.MM,
                    org.assertj.core.data.Offset.offset(0.1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("FR-LUNA-BLK-52").contains("4006381333931").contains("52-18-140");
        }
    }

    @Test
    void the_barcodes_decode_back_from_the_rendered_pdf() throws Exception {
        assertThat(decode(LabelRenderer.singles(List.of(BIN)))).satisfies(r -> {
            assertThat(r.getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
            assertThat(r.getText()).isEqualTo("WH1/A-01-03");
        });
        assertThat(decode(LabelRenderer.singles(List.of(SKU)))).satisfies(r -> {
            assertThat(r.getBarcodeFormat()).isEqualTo(BarcodeFormat.EAN_13);
            assertThat(r.getText()).isEqualTo("4006381333931");
        });
    }

    @Test
    void zpl_uses_code_128_for_bins_and_ean_13_for_skus_with_copies() {
        String zpl = LabelRenderer.zpl(List.of(BIN, SKU), List.of(1, 2));

        assertThat(zpl).startsWith("^XA").contains("^BCN").contains("^FDWH1/A-01-03^FS")
                .contains("^BEN").contains("^FD400638133393^FS").contains("^PQ2").endsWith("^XZ\n");
        assertThat(zpl.split("\\^XA", -1)).hasSize(3);
        assertThat(LabelRenderer.zplText("a^b~c")).isEqualTo("a\\5Eb\\7Ec");
    }

    @Test
    void only_valid_ean_13_and_upc_a_codes_are_printed_as_ean() {
        assertThat(Labels.ean13("4006381333931")).isEqualTo("4006381333931");
        assertThat(Labels.ean13("036000291452")).isEqualTo("0036000291452");
        assertThat(Labels.ean13("4006381333932")).isNull();
        assertThat(Labels.skuLabel(new SkuLabel("AC-CLOTH", "Cloth", null, 1)).barcode())
                .isEqualTo(new Barcode(Symbology.CODE_128, "AC-CLOTH"));
    }

    private static Result decode(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.RGB);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        }
    }
}
