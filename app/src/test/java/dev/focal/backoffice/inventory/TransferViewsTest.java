package dev.focal.backoffice.inventory;

import dev.focal.backoffice.KaribuTest;
import dev.focal.backoffice.ui.Scanner;
import dev.focal.backoffice.ui.ScanField;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;
import dev.focal.IntegrationTest;
import dev.focal.backoffice.ui.ScanField.Kind;
import dev.focal.backoffice.ui.ScanField.Outcome;
import dev.focal.catalog.Catalog;
import dev.focal.identity.Role;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.StockReceipt;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.StockFigures;
import dev.focal.inventory.TransferDispatch;
import dev.focal.inventory.TransferDraft;
import dev.focal.inventory.TransferDraftLine;
import dev.focal.inventory.TransferStatus;
import dev.focal.inventory.Transfers;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A transfer put together by scanning, dispatched, and received by scanning with a damaged unit. */
@IntegrationTest
class TransferViewsTest extends KaribuTest {

    @Autowired
    Transfers transfers;
    @Autowired
    TransferDispatch dispatch;
    @Autowired
    Inventory inventory;
    @Autowired
    Locations locations;
    @Autowired
    Catalog catalog;

    final Scanner.Time time = new Scanner.Time();
    String sku;
    Location from;
    Location to;

    @BeforeEach
    void stock() {
        signInAs("transfer-view-admin", Role.ADMIN);
        sku = InventoryFixtures.newSku(catalog, "KTV");
        from = InventoryFixtures.newLocation(locations, "KF");
        to = InventoryFixtures.newLocation(locations, "KT");
        inventory.receive(new StockReceipt(sku, from.code(), "A-01-01", 5, null, null, "PURCHASE_ORDER", "PO-KT", null), null);
        signInAs("transfer-view-keeper", Role.WAREHOUSE);
    }

    int onHand(Location location) {
        return inventory.stockOf(sku).stream().filter(f -> f.locationCode().equals(location.code()))
                .mapToInt(StockFigures::onHand).sum();
    }

    void scan(ScanField field, String code) {
        time.advance(Duration.ofSeconds(2));
        Scanner.scan(field, code);
    }

    @Test
    void a_transfer_is_requested_by_scanning_dispatched_and_received_with_a_damaged_unit() {
        UI.getCurrent().navigate(TransfersView.class);
        _click(_get(TransfersView.class).create);
        var dialog = _get(TransfersView.NewTransferDialog.class);
        dialog.from.setValue(from);
        dialog.to.setValue(to);
        dialog.scan.setClock(time);
        scan(dialog.scan, sku);
        scan(dialog.scan, sku);
        scan(dialog.scan, "NOT-A-CODE-123");
        assertThat(dialog.scan.lastOutcome()).map(Outcome::kind).contains(Kind.REFUSED);
        scan(dialog.scan, sku);
        assertThat(dialog.rows).singleElement().satisfies(r -> assertThat(r.quantity).isEqualTo(3));
        _click(dialog.save);

        var view = _get(TransferView.class);
        String number = view.title.getText();
        assertThat(transfers.get(number).status()).isEqualTo(TransferStatus.REQUESTED);
        _click(view.dispatch);
        assertThat(transfers.get(number).status()).isEqualTo(TransferStatus.DISPATCHED);
        assertThat(onHand(from)).isEqualTo(2);

        view.scan.setClock(time);
        scan(view.scan, to.code() + "/A-01-02");
        assertThat(view.bin.getValue()).isEqualTo(to.code() + "/A-01-02");
        scan(view.scan, sku);
        view.damaged.setValue(true);
        scan(view.scan, sku);
        assertThat(view.scan.lastOutcome()).map(Outcome::kind).contains(Kind.WARNING);
        _click(view.book);

        var note = view.arriving(GridKt._get(view.delivery, 0)).note;
        assertThat(note.isInvalid()).isTrue();
        assertThat(transfers.get(number).status()).isEqualTo(TransferStatus.DISPATCHED);
        note.setValue("frame arrived bent");
        _click(view.book);

        var after = transfers.get(number);
        assertThat(after.status()).isEqualTo(TransferStatus.PARTIALLY_RECEIVED);
        assertThat(after.lines().getFirst().received()).isEqualTo(1);
        assertThat(after.lines().getFirst().damaged()).isEqualTo(1);
        assertThat(after.lines().getFirst().outstanding()).isEqualTo(1);
        assertThat(onHand(to)).isEqualTo(1);
        assertThat(GridKt._get(view.lines, 0).discrepancies()).singleElement()
                .satisfies(d -> assertThat(d.note()).isEqualTo("frame arrived bent"));
        assertThat(view.arriving(GridKt._get(view.delivery, 0)).units()).as("a fresh delivery").isZero();
    }

    @Test
    void a_reader_sees_transfers_but_no_actions() {
        String number = dispatch.create(new TransferDraft(from.code(), to.code(), null, null,
                java.util.List.of(new TransferDraftLine(sku, 1, null, null))));
        signInAs("transfer-view-associate", Role.ASSOCIATE);
        UI.getCurrent().navigate(TransfersView.class);
        assertThat(_get(TransfersView.class).create.isVisible()).isFalse();
        UI.getCurrent().navigate(TransferView.class, new RouteParameters("number", number));
        var view = _get(TransferView.class);
        assertThat(view.requestedActions.isVisible()).isFalse();
        assertThat(view.receiving.isVisible()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withText("Dispatch"))).allMatch(b -> !b.isVisible()
                || !b.getParent().orElseThrow().isVisible());
    }
}
