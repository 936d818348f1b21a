package dev.focal.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Label files for the bins of a location and for SKUs, from the real catalog and stock. */
@IntegrationTest
@WithMockUser(username = "labels-admin", roles = "ADMIN")
class LabelsIntegrationTest {

    @Autowired
    Labels labels;
    @Autowired
    Locations locations;
    @Autowired
    Inventory inventory;
    @Autowired
    Catalog catalog;

    @Test
    void bin_labels_of_a_location_carry_the_bin_codes() throws Exception {
        Location here = InventoryFixtures.newLocation(locations, "LB");

        var file = labels.binLabelsOf(here.code(), LabelFormat.A4_SHEET);

        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("bin-labels-" + here.code().toLowerCase() + ".pdf");
        try (var pdf = Loader.loadPDF(file.content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(here.code() + "/A-01-01", here.code() + "/A-01-02");
        }
        String zpl = new String(labels.binLabels(java.util.List.of(here.code() + "/A-01-01"), LabelFormat.ZPL, "x").content(),
                StandardCharsets.UTF_8);
        assertThat(zpl).contains("^BC").contains("^FD" + here.code() + "/A-01-01^FS");
    }

    @Test
    void sku_labels_come_from_typed_lines_or_the_stock_of_a_location() {
        String sku = InventoryFixtures.newSku(catalog, "LBL");
        Location here = InventoryFixtures.newLocation(locations, "LS");
        inventory.receive(new StockReceipt(sku, here.code(), null, 2, null, null, "PURCHASE_ORDER", "PO-L", null), null);

        assertThat(labels.skuLabelsAt(here.code())).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo(sku);
            assertThat(l.copies()).isEqualTo(2);
            assertThat(l.description()).contains("Test item");
        });
        assertThat(labels.skuLabelsFor(sku.toLowerCase() + " x3\n\n" + sku + ", 2\n" + sku))
                .extracting(SkuLabel::copies).containsExactly(3, 2, 1);
        assertThatThrownBy(() -> labels.skuLabelsFor(sku + "\nNO-SUCH-THING-9 2"))
                .isInstanceOf(InvalidStockInput.class).hasMessageStartingWith("Line 2: no SKU or barcode NO-SUCH-THING-9");

        String zpl = new String(labels.skuLabels(labels.skuLabelsFor(sku + " 4"), LabelFormat.ZPL, "t").content(),
                StandardCharsets.UTF_8);
        assertThat(zpl).contains("^BCN").contains("^FD" + sku + "^FS").contains("^PQ4");
    }
}
