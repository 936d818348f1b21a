package dev.focal.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Transfers between two locations of their own, through the real ledger and schema. */
@IntegrationTest
@WithMockUser(username = "transfer-keeper", roles = "WAREHOUSE")
class TransfersIntegrationTest {

    @Autowired
    Transfers transfers;
    @Autowired
    TransferDispatch dispatch;
    @Autowired
    TransferReceiving receiving;
    @Autowired
    Inventory inventory;
    @Autowired
    Reservations reservations;
    @Autowired
    Availability availability;
    @Autowired
    Locations locations;
    @Autowired
    LedgerCheck ledgerCheck;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    String sku;
    Location from;
    Location to;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        TestUsers.as("transfer-admin", "ADMIN", () -> {
            sku = InventoryFixtures.newSku(catalog, "TRF");
            from = InventoryFixtures.newLocation(locations, "TF");
            to = InventoryFixtures.newLocation(locations, "TT");
        });
    }

    void receive(int quantity, String bin, String lot, LocalDate expires) {
        inventory.receive(new StockReceipt(sku, from.code(), bin, quantity, lot, expires, "PURCHASE_ORDER", "PO-T", null), null);
    }

    String request(int quantity) {
        return dispatch.create(new TransferDraft(from.code(), to.code(), today.plusDays(3), "for the window",
                List.of(new TransferDraftLine(sku, quantity, null, null))));
    }

    StockFigures at(Location location) {
        return inventory.stockOf(sku).stream().filter(f -> f.locationCode().equals(location.code())).findFirst()
                .orElse(new StockFigures(sku, location.code(), location.name(), location.kind(), 0, 0));
    }

    /** The highest counter among the numbers of a kind and year, 0 for none; {@code table} holds the documents. */
    int highestCounter(String table, String prefix) {
        return jdbc.sql("select coalesce(max(cast(substring(number from 9) as integer)), 0) from " + table
                + " where number like ?").param(prefix + "%").query(Integer.class).single();
    }

    int documentCounter(String kind, String year) {
        return jdbc.sql("select last from document_number where kind = ? and year = ?")
                .params(kind, Integer.parseInt(year)).query(Integer.class).single();
    }

    @Test
    void transfer_numbers_come_from_the_application_s_numbering_after_every_earlier_transfer_of_the_year() {
        receive(2, "A-01-01", null, null);
        String year = request(1).substring(3, 7);
        int before = highestCounter("stock_transfer", "TR-" + year + "-");

        String number = request(1);

        int counter = Integer.parseInt(number.substring(8));
        assertThat(number).startsWith("TR-" + year + "-");
        assertThat(counter).isGreaterThan(before).isEqualTo(documentCounter("TR", year));
    }

    @Test
    void dispatch_takes_stock_first_expiry_first_and_it_is_in_transit_not_available() {
        receive(5, "A-01-01", "LATE", today.plusDays(200));
        receive(5, "A-01-02", "EARLY", today.plusDays(40));
        String number = request(6);
        assertThat(number).matches("TR-\\d{4}-\\d{4}");

        var dispatched = dispatch.dispatch(number, transfers.get(number).version(), null);

        assertThat(dispatched.status()).isEqualTo(TransferStatus.DISPATCHED);
        assertThat(dispatched.lines()).singleElement().satisfies(l -> {
            assertThat(l.dispatched()).isEqualTo(6);
            assertThat(l.outstanding()).isEqualTo(6);
        });
        assertThat(at(from).onHand()).isEqualTo(4);
        assertThat(at(to).onHand()).isZero();
        assertThat(inventory.movementsOf(Transfers.SOURCE, number))
                .extracting(MovementView::kind, MovementView::lot, MovementView::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MovementKind.TRANSFER_OUT, "EARLY", -5),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.TRANSFER_OUT, "LATE", -1));

        Promise atDestination = availability.promise(sku, 2, to.code());
        assertThat(atDestination.available()).isZero();
        assertThat(atDestination.promiseDate()).isEqualTo(today.plusDays(3));
        assertThat(atDestination.explanation()).anyMatch(s -> s.contains("from " + number));
        assertThat(transfers.find(new TransferFilter(TransferStatus.DISPATCHED, to.code(), null), PageRequest.of(0, 10)))
                .extracting(TransferSummary::number).containsExactly(number);
        assertThat(ledgerCheck.check()).noneMatch(p -> p.startsWith(sku));
    }

    @Test
    void a_partial_receipt_records_damage_books_lots_in_and_closing_short_records_the_rest() {
        receive(4, "A-01-01", "L1", today.plusDays(100));
        receive(2, "A-01-02", "L0", today.plusDays(20));
        String number = request(5);
        var transfer = dispatch.dispatch(number, transfers.get(number).version(), today.plusDays(1));
        var line = transfer.lines().getFirst();

        assertThatThrownBy(() -> receiving.receive(number, transfer.version(), "A-01-01",
                List.of(new TransferDeliveryLine(line.id(), 2, 1, " "))))
                .isInstanceOf(InvalidStockInput.class)
                .satisfies(e -> assertThat(((InvalidStockInput) e).field()).isEqualTo("lines[0].note"));

        var partly = receiving.receive(number, transfer.version(), "A-01-01",
                List.of(new TransferDeliveryLine(line.id(), 2, 1, "one frame cracked in the box")));

        assertThat(partly.status()).isEqualTo(TransferStatus.PARTIALLY_RECEIVED);
        assertThat(partly.lines().getFirst().outstanding()).isEqualTo(2);
        assertThat(partly.lines().getFirst().discrepancies()).singleElement()
                .satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(TransferDiscrepancyKind.DAMAGED);
                    assertThat(d.quantity()).isEqualTo(1);
                    assertThat(d.note()).isEqualTo("one frame cracked in the box");
                });
        assertThat(at(to).onHand()).isEqualTo(2);
        assertThat(inventory.placesOf(sku).stream().filter(p -> p.locationCode().equals(to.code())))
                .singleElement().satisfies(p -> {
                    assertThat(p.lot()).isEqualTo("L0");
                    assertThat(p.expiresOn()).isEqualTo(today.plusDays(20));
                    assertThat(p.binCode()).isEqualTo(to.code() + "/A-01-01");
                });
        assertThat(availability.promise(sku, 4, to.code()).incomingCounted()).singleElement()
                .satisfies(i -> assertThat(i.quantity()).isEqualTo(2));

        var closed = receiving.closeShort(number, partly.version(), "lost by the courier");
        assertThat(closed.status()).isEqualTo(TransferStatus.CLOSED);
        assertThat(closed.lines().getFirst().shortQuantity()).isEqualTo(2);
        assertThat(closed.lines().getFirst().discrepancies()).extracting(TransferDiscrepancy::kind)
                .containsExactly(TransferDiscrepancyKind.DAMAGED, TransferDiscrepancyKind.SHORT);
        assertThat(availability.promise(sku, 4, to.code()).incomingCounted()).isEmpty();
        assertThat(ledgerCheck.check()).noneMatch(p -> p.startsWith(sku));
    }

    @Test
    void receiving_everything_completes_the_transfer_and_more_than_dispatched_needs_a_note() {
        receive(3, null, null, null);
        String number = request(3);
        var transfer = dispatch.dispatch(number, transfers.get(number).version(), null);
        var line = transfer.lines().getFirst();

        assertThatThrownBy(() -> receiving.receive(number, transfer.version(), null,
                List.of(new TransferDeliveryLine(line.id(), 4, 0, null))))
                .isInstanceOf(InvalidStockInput.class).hasMessageContaining("only 3 were outstanding");

        var received = receiving.receive(number, transfer.version(), null,
                List.of(new TransferDeliveryLine(line.id(), 4, 0, "one extra in the box")));
        assertThat(received.status()).isEqualTo(TransferStatus.RECEIVED);
        assertThat(received.lines().getFirst().discrepancies()).extracting(TransferDiscrepancy::kind)
                .containsExactly(TransferDiscrepancyKind.OVER);
        assertThat(at(to).onHand()).isEqualTo(4);
        assertThat(at(from).onHand()).isZero();
        assertThatThrownBy(() -> receiving.receive(number, received.version(), null,
                List.of(new TransferDeliveryLine(line.id(), 1, 0, "more"))))
                .isInstanceOf(StockDocumentRefused.class);
        assertThat(ledgerCheck.check()).noneMatch(p -> p.startsWith(sku));
    }

    @Test
    void dispatch_cannot_take_stock_reserved_for_orders_and_writes_nothing() {
        receive(3, "A-01-01", null, null);
        reservations.reserve(new ReservationRequest("O-" + sku, List.of(new ReservationLine("1", sku, from.code(), 2)), null));
        String number = request(2);

        assertThatThrownBy(() -> dispatch.dispatch(number, transfers.get(number).version(), null))
                .isInstanceOf(InsufficientStock.class).hasMessageContaining("reserved");

        assertThat(transfers.get(number).status()).isEqualTo(TransferStatus.REQUESTED);
        assertThat(transfers.get(number).lines().getFirst().dispatched()).isZero();
        assertThat(at(from).onHand()).isEqualTo(3);
        assertThat(inventory.movementsOf(Transfers.SOURCE, number)).isEmpty();
    }

    @Test
    void only_a_requested_transfer_can_be_cancelled_and_a_stale_version_is_refused() {
        receive(5, null, null, null);
        String first = request(1);
        assertThat(dispatch.cancel(first, transfers.get(first).version()).status()).isEqualTo(TransferStatus.CANCELLED);
        assertThatThrownBy(() -> dispatch.dispatch(first, transfers.get(first).version(), null))
                .isInstanceOf(StockDocumentRefused.class);

        String second = request(1);
        long version = transfers.get(second).version();
        var dispatched = dispatch.dispatch(second, version, null);
        assertThatThrownBy(() -> dispatch.cancel(second, version)).isInstanceOf(StockRecordChanged.class);
        assertThatThrownBy(() -> dispatch.cancel(second, dispatched.version()))
                .isInstanceOf(StockDocumentRefused.class).hasMessageContaining("receive it or close it short");
        assertThat(at(from).onHand()).isEqualTo(4);
    }

    @Test
    void bad_requests_name_their_field_and_readers_cannot_act() {
        assertThatThrownBy(() -> dispatch.create(new TransferDraft(from.code(), from.code(), null, null,
                List.of(new TransferDraftLine(sku, 1, null, null)))))
                .isInstanceOf(InvalidStockInput.class)
                .satisfies(e -> assertThat(((InvalidStockInput) e).field()).isEqualTo("toLocation"));
        assertThatThrownBy(() -> dispatch.create(new TransferDraft(from.code(), to.code(), null, null,
                List.of(new TransferDraftLine(sku, 1, null, null), new TransferDraftLine("NO-SUCH-SKU-X", 1, null, null)))))
                .isInstanceOf(InvalidStockInput.class)
                .satisfies(e -> assertThat(((InvalidStockInput) e).field()).isEqualTo("lines[1].sku"));
        assertThatThrownBy(() -> dispatch.create(new TransferDraft(from.code(), to.code(), null, null,
                List.of(new TransferDraftLine(sku, 0, null, null)))))
                .satisfies(e -> assertThat(((InvalidStockInput) e).field()).isEqualTo("lines[0].quantity"));
        assertThat(transfers.count(new TransferFilter(null, from.code(), null))).isZero();

        TestUsers.as("transfer-reader", "ASSOCIATE", () -> {
            assertThatThrownBy(() -> request(1)).isInstanceOf(AccessDeniedException.class);
            assertThat(transfers.count(TransferFilter.all())).isNotNegative();
        });
    }
}
