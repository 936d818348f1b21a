package dev.focal.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;

/** Stock, its ledger and reservations on the real schema, with the database's constraints behind them. */
@IntegrationTest
@WithMockUser(username = "stock-admin", roles = "ADMIN")
class InventoryIntegrationTest {

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
    @Autowired
    ReservationStore reservationStore;
    @Autowired
    StockLedger ledger;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;

    String sku;
    Location here;

    @BeforeEach
    void setUp() {
        sku = InventoryFixtures.newSku(catalog, "INV");
        here = InventoryFixtures.newLocation(locations, "T");
    }

    StockFigures receive(int quantity, String bin, String lot, LocalDate expires) {
        return inventory.receive(new StockReceipt(sku, here.code(), bin, quantity, lot, expires, "PURCHASE_ORDER", "PO-T", null),
                null).figures().getFirst();
    }

    @Test
    void receiving_reserving_and_picking_keep_on_hand_equal_to_the_movements() {
        receive(5, "A-01-01", null, null);
        receive(3, null, null, null);

        var reserved = reservations.reserve(new ReservationRequest("O-" + sku, List.of(new ReservationLine("1", sku, here.code(), 4)), null));
        assertThat(reserved).singleElement().extracting(Reservation::status).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(inventory.stockOf(sku)).singleElement()
                .satisfies(f -> assertThat(List.of(f.onHand(), f.reserved(), f.available())).containsExactly(8, 4, 4));

        reservations.pick("O-" + sku, "1");
        assertThat(inventory.stockOf(sku).getFirst().onHand()).isEqualTo(4);
        assertThat(inventory.stockOf(sku).getFirst().reserved()).isZero();
        assertThat(inventory.placesOf(sku)).extracting(BinStock::onHand).containsExactly(4);
        int sum = jdbc.sql("select sum(quantity) from stock_movement where sku = ?").param(sku).query(Integer.class).single();
        assertThat(sum).isEqualTo(4);
        assertThat(ledgerCheck.check()).noneMatch(p -> p.startsWith(sku));
    }

    @Test
    void reserving_is_all_or_nothing_and_adds_up_lines_of_the_same_sku() {
        receive(3, null, null, null);
        assertThatThrownBy(() -> reservations.reserve(new ReservationRequest("O-" + sku,
                List.of(new ReservationLine("1", sku, here.code(), 2), new ReservationLine("2", sku, here.code(), 2)), null)))
                .isInstanceOf(InsufficientStock.class).hasMessageContaining("Only 3");
        assertThat(inventory.stockOf(sku).getFirst().reserved()).isZero();
        assertThat(reservations.ofOrder("O-" + sku)).isEmpty();
    }

    @Test
    void inside_a_callers_transaction_a_shortage_is_refused_at_once_and_on_its_own_at_commit(
            @Autowired org.springframework.transaction.PlatformTransactionManager transactions) {
        receive(2, null, null, null);
        var inCaller = new org.springframework.transaction.support.TransactionTemplate(transactions);
        assertThatThrownBy(() -> inCaller.executeWithoutResult(status -> reservations.reserve(new ReservationRequest(
                "O-" + sku, List.of(new ReservationLine("1", sku, here.code(), 3)), null))))
                .isInstanceOf(InsufficientStock.class).hasMessageContaining("Only 2");
        inCaller.executeWithoutResult(status -> reservations.reserve(new ReservationRequest("O-" + sku,
                List.of(new ReservationLine("1", sku, here.code(), 2)), null)));
        assertThat(inventory.stockOf(sku).getFirst().reserved()).isEqualTo(2);
        // Without a caller's transaction the stock is taken at commit; a shortage fails that commit.
        assertThatThrownBy(() -> reservations.reserve(new ReservationRequest("P-" + sku,
                List.of(new ReservationLine("1", sku, here.code(), 1)), null)))
                .isInstanceOf(InsufficientStock.class).hasMessageContaining("not available");
        assertThat(reservations.ofOrder("P-" + sku)).isEmpty();
        assertThat(inventory.movementsOf("ORDER", "P-" + sku + "/1")).isEmpty();
    }

    @Test
    void a_reservation_that_reaches_the_reorder_point_raises_the_low_stock_flag(@Autowired ReorderPolicies policies) {
        receive(5, null, null, null);
        policies.save(sku, here.code(), 1, 3, 10, null, null);
        reservations.reserve(new ReservationRequest("O-" + sku, List.of(new ReservationLine("1", sku, here.code(), 1)), null));
        assertThat(lowFlag()).isFalse();
        reservations.reserve(new ReservationRequest("O-" + sku, List.of(new ReservationLine("2", sku, here.code(), 1)), null));
        assertThat(lowFlag()).as("available 3 <= reorder point 3").isTrue();
        reservations.release("O-" + sku, "2");
        assertThat(lowFlag()).as("back above the point: re-armed").isFalse();
    }

    boolean lowFlag() {
        return jdbc.sql("select low_alerted from reorder_policy where sku = ?").param(sku).query(Boolean.class).single();
    }

    @Test
    void reserving_a_line_twice_reserves_once() {
        receive(3, null, null, null);
        var request = new ReservationRequest("O-" + sku, List.of(new ReservationLine("1", sku, here.code(), 2)), null);
        reservations.reserve(request);
        reservations.reserve(request);
        assertThat(inventory.stockOf(sku).getFirst().reserved()).isEqualTo(2);
        assertThat(reservations.release("O-" + sku, "1")).isTrue();
        assertThat(reservations.release("O-" + sku, "1")).isFalse();
        assertThat(inventory.stockOf(sku).getFirst().reserved()).isZero();
    }

    @Test
    void picking_takes_the_lot_that_expires_first() {
        LocalDate today = LocalDate.now();
        receive(2, "A-01-01", "LATE", today.plusYears(1));
        receive(2, "A-01-02", "SOON", today.plusDays(20));
        reservations.reserve(new ReservationRequest("O-" + sku, List.of(new ReservationLine("1", sku, here.code(), 3)), null));
        reservations.pick("O-" + sku, "1");
        assertThat(inventory.placesOf(sku)).singleElement()
                .satisfies(b -> assertThat(b.lot() + ":" + b.onHand()).isEqualTo("LATE:1"));
        assertThat(inventory.movementsOf("ORDER", "O-" + sku + "/1")).filteredOn(m -> m.kind() == MovementKind.PICK)
                .extracting(MovementView::lot).containsExactly("SOON", "LATE");
    }

    @Test
    void adjustments_cannot_take_reserved_stock_and_need_a_reason() {
        receive(4, "A-01-01", null, null);
        reservations.reserve(new ReservationRequest("O-" + sku, List.of(new ReservationLine("1", sku, here.code(), 3)), null));
        assertThatThrownBy(() -> inventory.adjust(new StockAdjustment(sku, here.code(), null, null, -2, AdjustmentReason.BREAKAGE,
                null), null)).isInstanceOf(InsufficientStock.class).hasMessageContaining("3 are reserved");
        assertThatThrownBy(() -> inventory.adjust(new StockAdjustment(sku, here.code(), null, null, -1, null, null), null))
                .isInstanceOf(InvalidStockInput.class).satisfies(e -> assertThat(((InvalidStockInput) e).field()).isEqualTo("reason"));
        inventory.adjust(new StockAdjustment(sku, here.code(), null, null, -1, AdjustmentReason.BREAKAGE, "dropped"), null);
        assertThat(inventory.stockOf(sku).getFirst().onHand()).isEqualTo(3);
    }

    @Test
    void a_repeated_idempotency_key_writes_nothing() {
        String key = "key-" + sku;
        var first = inventory.adjust(new StockAdjustment(sku, here.code(), "A-01-01", null, 5, AdjustmentReason.FOUND, null), key);
        var again = inventory.adjust(new StockAdjustment(sku, here.code(), "A-01-01", null, 5, AdjustmentReason.FOUND, null), key);
        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(inventory.stockOf(sku).getFirst().onHand()).isEqualTo(5);
    }

    @Test
    void putaway_moves_between_bins_and_keeps_on_hand() {
        receive(6, null, null, null);
        inventory.putAway(sku, here.code(), null, "A-01-02", 4, null);
        assertThat(inventory.placesOf(sku)).extracting(BinStock::binCode, BinStock::onHand)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(null, 2),
                        org.assertj.core.groups.Tuple.tuple(here.code() + "/A-01-02", 4));
        assertThat(inventory.stockOf(sku).getFirst().onHand()).isEqualTo(6);
        assertThatThrownBy(() -> inventory.putAway(sku, here.code(), null, "A-01-02", 3, null))
                .isInstanceOf(InsufficientStock.class).hasMessageContaining("Only 2");
    }

    @Test
    void the_database_refuses_negative_stock_over_reservation_and_ledger_edits() {
        receive(2, null, null, null);
        assertThatThrownBy(() -> jdbc.sql("update stock_level set reserved = 3 where sku = ?").param(sku).update())
                .hasMessageContaining("check");
        assertThatThrownBy(() -> jdbc.sql("update stock_level set on_hand = -1 where sku = ?").param(sku).update())
                .hasMessageContaining("check");
        assertThatThrownBy(() -> jdbc.sql("update stock_movement set quantity = 9 where sku = ?").param(sku).update())
                .hasMessageContaining("insert-only");
        assertThatThrownBy(() -> jdbc.sql("delete from stock_movement where sku = ?").param(sku).update())
                .hasMessageContaining("insert-only");
    }

    /**
     * The job as it would run once the application's clock has moved past the hold: the same beans, the clock
     * bean offset by {@code ahead}.
     */
    Reservations later(Duration ahead) {
        return new Reservations(reservationStore, ledger, locations, events, Clock.offset(clock, ahead), transactions);
    }

    @Test
    void expired_holds_are_released_by_the_job() {
        receive(2, null, null, null);
        reservations.reserve(new ReservationRequest("O-" + sku, List.of(new ReservationLine("1", sku, here.code(), 2)),
                clock.instant().plus(Duration.ofMinutes(15))));
        assertThat(inventory.stockOf(sku).getFirst().available()).isZero();
        assertThat(later(Duration.ofMinutes(14)).expireHolds())
                .as("a hold is kept until it expires").isZero();
        assertThat(inventory.stockOf(sku).getFirst().available()).isZero();

        assertThat(later(Duration.ofMinutes(16)).expireHolds()).isPositive();
        assertThat(inventory.stockOf(sku).getFirst().available()).isEqualTo(2);
        assertThat(reservations.ofOrder("O-" + sku)).singleElement().extracting(Reservation::status)
                .isEqualTo(ReservationStatus.EXPIRED);
    }

    @Test
    void availability_explains_what_it_counted() {
        receive(3, null, null, null);
        Promise promise = availability.promise(sku, 2, here.code());
        assertThat(promise.inStock()).isTrue();
        assertThat(promise.explanation()).anyMatch(s -> s.contains(here.code() + ": 3 on hand - 0 reserved = 3 available"));
        Promise short_ = availability.promise(sku, 5, here.code());
        assertThat(short_.inStock()).isFalse();
        assertThat(short_.promiseDate()).isNull();
        assertThat(short_.explanation().getLast()).contains("no date can be promised");
    }

    @Test
    void the_overview_filters_by_location_and_reorder_point(@Autowired ReorderPolicies policies) {
        receive(2, null, null, null);
        policies.save(sku, here.code(), 1, 3, 10, null, null);
        var rows = inventory.overview(new StockFilter(sku, here.code(), null, true, null), PageRequest.of(0, 10));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.belowReorderPoint()).isTrue();
            assertThat(r.description()).contains("Test item");
        });
    }
}
