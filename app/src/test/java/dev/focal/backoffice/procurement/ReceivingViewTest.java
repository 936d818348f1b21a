package dev.focal.backoffice.procurement;

import dev.focal.backoffice.KaribuTest;
import dev.focal.backoffice.ui.Scanner;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.focal.IntegrationTest;
import dev.focal.backoffice.ui.ScanField.Kind;
import dev.focal.backoffice.ui.ScanField.Outcome;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.CatalogFixtures;
import dev.focal.catalog.ProductDraft;
import dev.focal.catalog.Variant;
import dev.focal.identity.Role;
import dev.focal.inventory.BinStock;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.StockFigures;
import dev.focal.procurement.PurchaseOrderLineDraft;
import dev.focal.procurement.PurchaseOrderStatus;
import dev.focal.procurement.PurchaseOrders;
import dev.focal.procurement.Receiving;
import dev.focal.procurement.SupplierDraft;
import dev.focal.procurement.Suppliers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Receiving by scanning: known SKUs count, a second read within a second does not, unknown barcodes and SKUs
 * off the PO are refused, posting books the receipt and the stock, beyond the tolerance is refused on the line.
 */
@IntegrationTest
class ReceivingViewTest extends KaribuTest {

    @Autowired
    Inventory inventory;
    @Autowired
    Locations locations;
    @Autowired
    Catalog catalog;
    @Autowired
    Suppliers suppliers;
    @Autowired
    PurchaseOrders purchaseOrders;
    @Autowired
    Receiving receiving;

    final Scanner.Time time = new Scanner.Time();
    /** A frame SKU with an EAN-13 barcode, as the labels on frame boxes carry it. */
    String frames;
    String ean;
    String cases;
    String other;
    Location dock;
    String po;

    @BeforeEach
    void sentPurchaseOrder() {
        signInAs("receiving-buyer", Role.ADMIN);
        String model = CatalogFixtures.code("RCF");
        ean = CatalogFixtures.barcode();
        var frame = CatalogFixtures.frame(model);
        catalog.create(new ProductDraft(frame.category(), model, frame.name(), frame.brand(), "", frame.taxClass(),
                frame.frame(), null, null, List.of(new Variant(model + "-BLK-50", "BLK", "50-18-140", null, ean,
                Variant.Status.ACTIVE))));
        frames = model + "-BLK-50";
        cases = InventoryFixtures.newSku(catalog, "RCC");
        other = InventoryFixtures.newSku(catalog, "RCO");
        dock = InventoryFixtures.newLocation(locations, "RC");
        String supplier = InventoryFixtures.unique("SUP");
        suppliers.create(new SupplierDraft(supplier, "Supplier " + supplier, "orders@example.com", null, null,
                "Lieferweg 1, 10115 Berlin", "EUR", "30 days net", 7, BigDecimal.ZERO, 10, true));
        po = purchaseOrders.create(supplier, dock.code(), LocalDate.now().plusDays(3), null);
        purchaseOrders.setLines(po, version(), List.of(
                new PurchaseOrderLineDraft(frames, 10, new BigDecimal("4.00"), null),
                new PurchaseOrderLineDraft(cases, 3, new BigDecimal("1.50"), null)));
        purchaseOrders.submit(po, version());
        purchaseOrders.send(po, version());
        assertThat(purchaseOrders.get(po).status()).isEqualTo(PurchaseOrderStatus.SENT);

        signInAs("receiving-warehouse", Role.WAREHOUSE);
        UI.getCurrent().navigate(ReceivingView.class);
        view().location.setValue(dock);
        view().scan.setClock(time);
        Scanner.scan(po);
    }

    long version() {
        return purchaseOrders.get(po).version();
    }

    ReceivingView view() {
        return _get(ReceivingView.class);
    }

    ReceivingRow row(String sku) {
        return view().rows().stream().filter(r -> r.line.sku().equals(sku)).findFirst().orElseThrow();
    }

    void later() {
        time.advance(Duration.ofMillis(1100));
    }

    @Test
    void scanning_the_po_number_opens_its_lines() {
        assertThat(view().rows()).extracting(r -> r.line.sku()).containsExactly(frames, cases);
        assertThat(view().purchaseOrder.getValue().number()).isEqualTo(po);
    }

    @Test
    void each_scan_of_a_known_sku_or_its_barcode_counts_one_unit_and_a_double_read_within_a_second_does_not() {
        Scanner.scan(frames);
        Scanner.scan(frames);
        assertThat(row(frames).counted()).isEqualTo(1);

        later();
        Scanner.scan(ean);
        later();
        Scanner.scan(cases);
        assertThat(row(frames).counted()).isEqualTo(2);
        assertThat(row(cases).counted()).isEqualTo(1);
        assertThat(view().scan.lastOutcome()).map(Outcome::kind).contains(Kind.ACCEPTED);
    }

    @Test
    void a_box_count_counts_that_many_with_one_scan() {
        view().perScan.setValue(6);
        Scanner.scan(frames);

        assertThat(row(frames).counted()).isEqualTo(6);
        assertThat(view().perScan.getValue()).isEqualTo(1);
    }

    @Test
    void an_unknown_barcode_and_a_sku_not_on_the_po_are_refused_and_count_nothing() {
        Scanner.scan("4000000" + frames.hashCode());
        assertThat(view().scan.lastOutcome()).map(Outcome::kind).contains(Kind.REFUSED);
        assertThat(view().scan.statusText()).startsWith("Unknown barcode");

        Scanner.scan(other);
        assertThat(view().scan.lastOutcome()).map(Outcome::kind).contains(Kind.REFUSED);
        assertThat(view().scan.statusText()).contains("is not on " + po);
        assertThat(view().rows()).allMatch(r -> r.counted() == 0);
    }

    @Test
    void a_bin_before_any_item_or_at_another_location_is_refused() {
        Scanner.scan(dock.code() + "/A-01-01");
        assertThat(view().scan.lastOutcome()).map(Outcome::kind).contains(Kind.REFUSED);

        Scanner.scan(frames);
        Scanner.scan("WH1/A-01-01");
        assertThat(view().scan.statusText()).contains("not at " + dock.code());
        assertThat(row(frames).bin.getValue()).isNull();
    }

    @Test
    void counting_beyond_the_outstanding_quantity_warns() {
        view().perScan.setValue(3);
        Scanner.scan(cases);
        assertThat(view().scan.lastOutcome()).map(Outcome::kind).contains(Kind.ACCEPTED);

        later();
        Scanner.scan(cases);
        assertThat(view().scan.lastOutcome()).map(Outcome::kind).contains(Kind.WARNING);
        assertThat(row(cases).getClassNames()).contains("over");
    }

    @Test
    void posting_books_the_receipt_and_the_stock_and_starts_over() {
        view().perScan.setValue(4);
        Scanner.scan(frames);
        row(frames).damaged.setValue(1);
        Scanner.scan(dock.code() + "/A-01-01");
        assertThat(row(frames).bin.getValue()).isEqualTo(dock.code() + "/A-01-01");
        later();
        Scanner.scan(cases);
        _click(view().post);

        var receipts = receiving.receiptsOf(po);
        assertThat(receipts).singleElement().satisfies(r -> {
            assertThat(r.quantity()).isEqualTo(5);
            assertThat(r.damaged()).isEqualTo(1);
            assertThat(view().lastReceipt.getElement().getTextRecursively()).contains(r.number());
        });
        assertThat(inventory.stockOf(frames)).extracting(StockFigures::locationCode, StockFigures::onHand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(dock.code(), 4));
        assertThat(inventory.placesOf(frames)).extracting(BinStock::binCode).containsExactly(dock.code() + "/A-01-01");
        assertThat(inventory.stockOf(cases)).extracting(StockFigures::onHand).containsExactly(1);
        assertThat(view().rows()).isEmpty();
        assertThat(purchaseOrders.get(po).status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
    }

    @Test
    void beyond_the_suppliers_tolerance_is_refused_on_its_line_and_nothing_is_booked() {
        Scanner.scan(cases);
        view().perScan.setValue(12);
        later();
        Scanner.scan(frames);
        _click(view().post);

        var counted = row(frames).counted;
        assertThat(counted.isInvalid()).isTrue();
        assertThat(row(frames).errorText().getText()).contains("tolerance").contains("at most 11");
        assertThat(row(frames).errorText().isVisible()).isTrue();
        assertThat(row(frames).getClassNames()).contains("invalid");
        assertThat(view().scan.lastOutcome()).map(Outcome::kind).contains(Kind.REFUSED);
        assertThat(receiving.receiptsOf(po)).isEmpty();
        assertThat(inventory.stockOf(frames)).isEmpty();
        assertThat(inventory.stockOf(cases)).isEmpty();
    }

    @Test
    void an_expiry_without_its_lot_is_shown_at_the_lot_of_that_line() {
        Scanner.scan(frames);
        later();
        Scanner.scan(cases);
        row(cases).expiresOn.setValue(LocalDate.now().plusYears(1));
        _click(view().post);

        assertThat(row(cases).lot.isInvalid()).isTrue();
        assertThat(row(frames).lot.isInvalid()).isFalse();
        assertThat(receiving.receiptsOf(po)).isEmpty();
    }

    @Test
    void a_second_lot_of_a_line_takes_the_next_scans_and_is_booked_on_its_own() {
        Scanner.scan(frames);
        row(frames).lot.setValue("LOT-A");
        _click(row(frames).split);
        var second = view().rows().get(1);
        assertThat(second.line.sku()).isEqualTo(frames);
        later();
        Scanner.scan(frames);
        second.lot.setValue("LOT-B");
        assertThat(row(frames).counted()).isEqualTo(1);
        assertThat(second.counted()).isEqualTo(1);
        _click(view().post);

        assertThat(inventory.placesOf(frames)).extracting(BinStock::lot).containsExactlyInAnyOrder("LOT-A", "LOT-B");
    }

    @Test
    void leaving_with_unposted_counts_asks_first() {
        Scanner.scan(frames);
        UI.getCurrent().navigate("stock/lookup");

        var confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(view().rows()).isNotEmpty();
        confirm.close();
    }
}
