package dev.focal.backoffice.procurement;

import dev.focal.backoffice.KaribuTest;
import dev.focal.backoffice.ui.ReasonDialog;
import dev.focal.backoffice.ui.StatCard;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.identity.Role;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.procurement.PurchaseOrderFilter;
import dev.focal.procurement.PurchaseOrderStatus;
import dev.focal.procurement.PurchaseOrders;
import dev.focal.procurement.SupplierDraft;
import dev.focal.procurement.SupplierItemDraft;
import dev.focal.procurement.Suppliers;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
class PurchaseOrderViewTest extends KaribuTest {

    @Autowired
    Catalog catalog;

    @Autowired
    Suppliers suppliers;

    @Autowired
    PurchaseOrders orders;

    @Autowired
    dev.focal.procurement.Receiving receiving;

    String sku;
    String supplier;

    @BeforeEach
    void supplierWithAnItem() {
        signInAs("po-setup", Role.ADMIN);
        sku = InventoryFixtures.newSku(catalog, "PO");
        supplier = suppliers.create(new SupplierDraft(InventoryFixtures.unique("SUP").substring(0, 12), "Supplier of " + sku,
                "orders@supplier.example", null, "Anna Lens", "Street 1\n10115 Berlin", "EUR", "30 days net", 5,
                BigDecimal.ZERO, 5, true));
        suppliers.saveItem(supplier, new SupplierItemDraft(sku, "SUP-" + sku, new BigDecimal("400.00"), 2, 4, 10),
                null);
    }

    PurchaseOrderView createDraftThroughTheList() {
        UI.getCurrent().navigate(PurchaseOrdersView.class);
        _click(_get(PurchaseOrdersView.class).add);
        var dialog = _get(NewPurchaseOrderDialog.class);
        dialog.supplier.setValue(dialog.supplier.getListDataView().getItems()
                .filter(s -> s.code().equals(supplier)).findFirst().orElseThrow());
        assertThat(dialog.deliverTo.getValue()).isNotNull();
        dialog.deliverTo.setValue(dialog.deliverTo.getListDataView().getItems()
                .filter(l -> l.code().equals("WH1")).findFirst().orElseThrow());
        _click(dialog.create);
        assertThat(_find(NewPurchaseOrderDialog.class)).isEmpty();
        return _get(PurchaseOrderView.class);
    }

    @Test
    void a_buyer_drafts_submits_and_a_second_buyer_approves_and_sends() {
        signInAs("po-author", Role.BUYER);
        var view = createDraftThroughTheList();
        String number = view.title.getText();
        assertThat(orders.get(number).status()).isEqualTo(PurchaseOrderStatus.DRAFT);
        assertThat(view.submit.isVisible()).isTrue();
        assertThat(view.submit.isEnabled()).isFalse();

        var row = view.linesEditor.rows.entries().getFirst();
        row.sku.setValue(sku);
        assertThat(row.unitCost.getValue()).isEqualByComparingTo("400.00");
        assertThat(row.quantity.getValue()).isEqualTo(4);
        assertThat(row.quantity.getHelperText()).isEqualTo("Packs of 2, at least 4");
        row.quantity.setValue(3);
        assertThat(row.quantity.getHelperText()).isEqualTo("Packs of 2, at least 4: 4 fits");
        _click(view.linesEditor.save);

        assertThat(row.quantity.isInvalid()).isTrue();
        assertThat(row.errorText().isVisible()).isTrue();
        assertThat(orders.get(number).lines()).isEmpty();

        row.quantity.setValue(6);
        _click(view.linesEditor.save);
        var saved = orders.get(number);
        assertThat(saved.lines()).singleElement().satisfies(line -> {
            assertThat(line.sku()).isEqualTo(sku);
            assertThat(line.ordered()).isEqualTo(6);
            assertThat(line.supplierSku()).isEqualTo("SUP-" + sku);
        });
        assertThat(view.submit.isEnabled()).isTrue();
        assertThat(view.pdf.isVisible()).isTrue();
        assertThat(view.pdf.getHref()).isNotBlank();

        _click(view.submit);
        assertThat(orders.get(number).status()).isEqualTo(PurchaseOrderStatus.SUBMITTED);
        assertThat(view.approve.isVisible()).isTrue();
        assertThat(view.approve.isEnabled()).as("the author cannot approve").isFalse();
        assertThat(view.hint.getText()).contains("someone other than you");

        signInAs("po-approver", Role.BUYER);
        UI.getCurrent().navigate(PurchaseOrderView.class, new RouteParameters("number", number));
        view = _get(PurchaseOrderView.class);
        assertThat(view.approve.isEnabled()).isTrue();
        _click(view.approve);
        var approved = orders.get(number);
        assertThat(approved.status()).isEqualTo(PurchaseOrderStatus.APPROVED);
        assertThat(approved.approver()).isEqualTo("po-approver");

        _click(view.send);
        assertThat(orders.get(number).status()).isEqualTo(PurchaseOrderStatus.SENT);
        assertThat(view.send.isVisible()).isFalse();
        assertThat(view.status.getElement().getTextRecursively()).isEqualTo("Sent");
        assertThat(GridKt._size(view.lines)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.lines, 0)).contains(sku, "6", "0");
        assertThat(GridKt._findAll(view.history).stream().map(PurchaseOrderView::describe))
                .anyMatch(text -> text.startsWith("Approved"))
                .anyMatch(text -> text.startsWith("Sent to the supplier"));

        UI.getCurrent().navigate(PurchaseOrdersView.class);
        var list = _get(PurchaseOrdersView.class);
        list.search.setValue(number);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._get(list.grid, 0).number()).isEqualTo(number);
        assertThat(GridKt._getFormattedRow(list.grid, 0)).contains("EUR 2,400.00");
    }

    @Test
    void a_draft_is_cancelled_with_a_reason() {
        signInAs("po-canceller", Role.BUYER);
        var view = createDraftThroughTheList();
        String number = view.title.getText();

        _click(view.cancel);
        var dialog = _get(ReasonDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        dialog.reason.setValue("Ordered by phone instead");
        _click(dialog.confirm);

        var cancelled = orders.get(number);
        assertThat(cancelled.status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Ordered by phone instead");
        assertThat(view.cancel.isVisible()).isFalse();
        assertThat(orders.count(PurchaseOrderFilter.open().withText(number))).isZero();
    }

    @Test
    void a_change_over_someone_elses_is_refused_with_a_banner() {
        signInAs("po-stale", Role.BUYER);
        var view = createDraftThroughTheList();
        String number = view.title.getText();
        var row = view.linesEditor.rows.entries().getFirst();
        row.sku.setValue(sku);

        orders.setLines(number, orders.get(number).version(), java.util.List.of(
                dev.focal.procurement.PurchaseOrderLineDraft.of(sku, 8)));
        _click(view.linesEditor.save);

        assertThat(view.changedBanner.isVisible()).isTrue();
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(orders.get(number).lines()).singleElement().satisfies(l -> assertThat(l.ordered()).isEqualTo(8));
    }

    @Test
    void warehouse_staff_read_a_po_without_actions() {
        signInAs("po-reader-author", Role.BUYER);
        String number = orders.create(supplier, "WH1", null, null);
        orders.setLines(number, orders.get(number).version(), java.util.List.of(
                dev.focal.procurement.PurchaseOrderLineDraft.of(sku, 4)));

        signInAs("po-reader", Role.WAREHOUSE);
        UI.getCurrent().navigate(PurchaseOrderView.class, new RouteParameters("number", number));
        var view = _get(PurchaseOrderView.class);

        assertThat(view.submit.isVisible()).isFalse();
        assertThat(view.cancel.isVisible()).isFalse();
        assertThat(GridKt._size(view.lines)).isEqualTo(1);
        assertThat(orders.find(PurchaseOrderFilter.all().withText(number), PageRequest.of(0, 5))).hasSize(1);
    }

    @Test
    void receipts_show_per_line_what_came_and_what_is_outstanding_and_the_po_is_closed_short() {
        signInAs("po-receipts", Role.BUYER);
        String number = orders.create(supplier, "WH1", null, null);
        orders.setLines(number, orders.get(number).version(), java.util.List.of(
                new dev.focal.procurement.PurchaseOrderLineDraft(sku, 6, new BigDecimal("10.00"), null)));
        orders.submit(number, orders.get(number).version());
        assertThat(orders.get(number).status()).as("within the approval threshold").isEqualTo(PurchaseOrderStatus.APPROVED);
        orders.send(number, orders.get(number).version());
        receiving.receive(new dev.focal.procurement.ReceiptDraft(number, "WH1", "first pallet", java.util.List.of(
                new dev.focal.procurement.ReceiptLineDraft(sku, 4, 1, null, null, null))));

        UI.getCurrent().navigate(PurchaseOrderView.class, new RouteParameters("number", number));
        var view = _get(PurchaseOrderView.class);

        assertThat(view.status.getElement().getTextRecursively()).isEqualTo("Partially received");
        assertThat(GridKt._size(view.receipts)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.receipts, 0)).contains("po-receipts", "WH1", "4", "1", "first pallet");
        var line = GridKt._get(view.lines, 0);
        assertThat(line.received()).isEqualTo(4);
        assertThat(line.damaged()).isEqualTo(1);
        assertThat(line.outstanding()).isEqualTo(2);
        assertThat(view.cancel.isVisible()).as("received goods cannot be cancelled").isFalse();
        assertThat(view.facts.getElement().getTextRecursively()).contains("4 of 6 units, 2 outstanding");

        _click(view.close);

        assertThat(orders.get(number).status()).isEqualTo(PurchaseOrderStatus.CLOSED);
        assertThat(view.close.isVisible()).isFalse();
        assertThat(GridKt._get(view.lines, 0).outstanding()).isZero();

        UI.getCurrent().navigate(SupplierPerformanceView.class);
        var performance = _get(SupplierPerformanceView.class);
        var row = GridKt._findAll(performance.grid).stream().filter(r -> r.supplierCode().equals(supplier))
                .findFirst().orElseThrow();
        assertThat(row.purchaseOrders()).isEqualTo(1);
        assertThat(row.damagedUnits()).isEqualTo(1);
        assertThat(SupplierPerformanceView.rate(row.fillRate())).isEqualTo("67 %");
    }

    @Test
    void the_delivery_details_of_a_draft_are_changed_in_a_dialog() {
        signInAs("po-header", Role.BUYER);
        var view = createDraftThroughTheList();
        String number = view.title.getText();

        _click(view.editHeader);
        var dialog = _get(PurchaseOrderHeaderDialog.class);
        dialog.deliverTo.setValue(dialog.deliverTo.getListDataView().getItems()
                .filter(l -> l.code().equals("ST-BER")).findFirst().orElseThrow());
        dialog.expectedOn.setValue(java.time.LocalDate.now().plusDays(20));
        dialog.note.setValue("Ring the bell twice");
        _click(dialog.save);

        var saved = orders.get(number);
        assertThat(saved.deliverTo()).isEqualTo("ST-BER");
        assertThat(saved.expectedOn()).isEqualTo(java.time.LocalDate.now().plusDays(20));
        assertThat(saved.note()).isEqualTo("Ring the bell twice");
        assertThat(view.facts.getElement().getTextRecursively()).contains("ST-BER", "Ring the bell twice");
        assertThat(GridKt._findAll(view.history).stream().map(PurchaseOrderView::describe))
                .anyMatch(text -> text.startsWith("Delivery details changed"));
    }

    @Test
    void every_purchase_order_opens_whatever_its_state() {
        signInAs("po-browser", Role.ADMIN);
        var all = orders.find(PurchaseOrderFilter.all(), PageRequest.of(0, 60));
        assertThat(all).isNotEmpty();
        for (var summary : all) {
            UI.getCurrent().navigate(PurchaseOrderView.class, new RouteParameters("number", summary.number()));
            var view = _get(PurchaseOrderView.class);
            assertThat(view.title.getText()).isEqualTo(summary.number());
            assertThat(view.status.getElement().getTextRecursively()).isEqualTo(summary.status().label());
        }
    }

    @Test
    void a_buyers_start_page_counts_what_waits_for_purchasing() {
        signInAs("po-home", Role.BUYER);
        UI.getCurrent().navigate("");

        assertThat(_find(StatCard.class).stream().map(card -> card.getElement().getTextRecursively()))
                .anyMatch(text -> text.endsWith("POs awaiting approval"))
                .anyMatch(text -> text.endsWith("Open reorder proposals"));
    }
}
