package dev.focal.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Count sheets from snapshot to approved adjustments, with two people, on the real ledger. */
@IntegrationTest
@WithMockUser(username = "count-clerk", roles = "WAREHOUSE")
class CycleCountsIntegrationTest {

    @Autowired
    CycleCounts counts;
    @Autowired
    CycleCounting counting;
    @Autowired
    CycleCountReview reviews;
    @Autowired
    Inventory inventory;
    @Autowired
    Locations locations;
    @Autowired
    LedgerCheck ledgerCheck;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    String sku;
    String other;
    Location here;

    @BeforeEach
    void setUp() {
        TestUsers.as("count-admin", "ADMIN", () -> {
            sku = InventoryFixtures.newSku(catalog, "CNT");
            other = InventoryFixtures.newSku(catalog, "CNO");
            here = InventoryFixtures.newLocation(locations, "CC");
        });
    }

    void receive(String what, int quantity, String bin) {
        inventory.receive(new StockReceipt(what, here.code(), bin, quantity, null, null, "PURCHASE_ORDER", "PO-C", null), null);
    }

    String bin(String code) {
        return here.code() + "/" + code;
    }

    int onHand() {
        return inventory.stockOf(sku).stream().filter(f -> f.locationCode().equals(here.code()))
                .mapToInt(StockFigures::onHand).sum();
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
    void count_sheet_numbers_come_from_the_application_s_numbering_after_every_earlier_sheet_of_the_year() {
        receive(sku, 1, "A-01-01");
        String year = counts.create(new NewCountSheet(here.code(), CountScope.LOCATION, List.of(), List.of()))
                .substring(3, 7);
        int before = highestCounter("stock_count", "CC-" + year + "-");

        String number = counts.create(new NewCountSheet(here.code(), CountScope.SKUS, List.of(), List.of(sku)));

        int counter = Integer.parseInt(number.substring(8));
        assertThat(number).startsWith("CC-" + year + "-");
        assertThat(counter).isGreaterThan(before).isEqualTo(documentCounter("CC", year));
    }

    @Test
    void a_blind_count_approved_by_a_second_person_becomes_count_adjustments() {
        receive(sku, 5, "A-01-01");
        receive(sku, 2, "A-01-02");
        String number = counts.create(new NewCountSheet(here.code(), CountScope.LOCATION, List.of(), List.of()));
        assertThat(number).matches("CC-\\d{4}-\\d{4}");

        TestUsers.signIn("counter-anna", "WAREHOUSE");
        assertThat(counting.sheet(number).counted()).as("the counter sees no expected quantities").isEmpty();
        assertThat(counting.scan(number, null, sku)).isInstanceOf(CountScanOutcome.Refused.class);
        assertThat(counting.scan(number, null, bin("A-01-01").toLowerCase()))
                .isEqualTo(new CountScanOutcome.BinChosen(bin("A-01-01")));
        counting.scan(number, bin("A-01-01"), sku);
        counting.scan(number, bin("A-01-01"), sku);
        var third = counting.scan(number, bin("A-01-01"), sku);
        assertThat(third).isInstanceOfSatisfying(CountScanOutcome.Counted.class,
                c -> assertThat(c.line().counted()).isEqualTo(3));
        assertThat(counting.scan(number, bin("A-01-01"), "0000000000000"))
                .isInstanceOfSatisfying(CountScanOutcome.Refused.class,
                        r -> assertThat(r.message()).startsWith("Unknown barcode 0000000000000"));
        counting.setCount(number, bin("A-01-02"), sku, 2);
        counting.submit(number, counting.sheet(number).version());

        long version = reviews.review(number).version();
        assertThatThrownBy(() -> reviews.approve(number, version))
                .isInstanceOf(StockDocumentRefused.class).hasMessageContaining("You counted " + number);

        TestUsers.signIn("reviewer-ben", "WAREHOUSE");
        var review = reviews.review(number);
        assertThat(review.counters()).containsExactly("counter-anna");
        assertThat(review.lines()).extracting(VarianceLine::placeLabel, VarianceLine::expected, VarianceLine::counted,
                        VarianceLine::variance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(bin("A-01-01"), 5, 3, -2),
                        org.assertj.core.groups.Tuple.tuple(bin("A-01-02"), 2, 2, 0));
        var approved = reviews.approve(number, review.version());

        assertThat(approved.status()).isEqualTo(CountSheetStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("reviewer-ben");
        assertThat(onHand()).isEqualTo(5);
        assertThat(inventory.movementsOf(CycleCounts.SOURCE, number)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MovementKind.ADJUSTMENT);
            assertThat(m.reason()).isEqualTo(AdjustmentReason.COUNT);
            assertThat(m.quantity()).isEqualTo(-2);
            assertThat(m.binCode()).isEqualTo(bin("A-01-01"));
            assertThat(m.actor()).isEqualTo("reviewer-ben");
        });
        assertThat(ledgerCheck.check()).noneMatch(p -> p.startsWith(sku));
        assertThatThrownBy(() -> reviews.approve(number, approved.version())).isInstanceOf(StockDocumentRefused.class);
    }

    @Test
    void a_line_whose_stock_moved_after_the_snapshot_is_refused_until_recounted() {
        receive(sku, 4, "A-01-01");
        String number = counts.create(new NewCountSheet(here.code(), CountScope.BINS, List.of("A-01-01"), List.of()));
        TestUsers.as("counter-cleo", "WAREHOUSE", () -> {
            counting.scan(number, null, bin("A-01-01"));
            for (int i = 0; i < 3; i++) {
                counting.scan(number, bin("A-01-01"), sku);
            }
            assertThat(counting.scan(number, null, bin("A-01-02")))
                    .isInstanceOfSatisfying(CountScanOutcome.Refused.class,
                            r -> assertThat(r.message()).contains("not on " + number));
            counting.submit(number, counting.sheet(number).version());
        });
        // One unit turns up in the bin after the snapshot.
        inventory.adjust(new StockAdjustment(sku, here.code(), "A-01-01", null, 1, AdjustmentReason.FOUND, null), null);

        var review = reviews.review(number);
        assertThat(review.lines()).singleElement().satisfies(l -> {
            assertThat(l.now()).isEqualTo(5);
            assertThat(l.stale()).isTrue();
        });
        assertThatThrownBy(() -> reviews.approve(number, review.version()))
                .isInstanceOf(StockDocumentRefused.class).hasMessageContaining("Send these lines back for recount");
        assertThat(reviews.review(number).status()).isEqualTo(CountSheetStatus.SUBMITTED);
        assertThat(onHand()).isEqualTo(5);

        reviews.sendBack(number, review.version(), List.of(review.lines().getFirst().id()));
        TestUsers.as("counter-cleo", "WAREHOUSE", () -> {
            assertThat(counting.sheet(number).recountPlaces()).containsExactly(bin("A-01-01"));
            counting.scan(number, null, bin("A-01-01"));
            for (int i = 0; i < 4; i++) {
                counting.scan(number, bin("A-01-01"), sku);
            }
            counting.submit(number, counting.sheet(number).version());
        });
        var again = reviews.review(number);
        assertThat(again.lines()).singleElement().satisfies(l -> {
            assertThat(l.expected()).isEqualTo(5);
            assertThat(l.variance()).isEqualTo(-1);
            assertThat(l.stale()).isFalse();
        });
        reviews.approve(number, again.version());
        assertThat(onHand()).isEqualTo(4);
        assertThat(ledgerCheck.check()).noneMatch(p -> p.startsWith(sku));
    }

    @Test
    void a_place_with_stock_must_be_visited_and_a_visited_place_not_counted_was_empty() {
        receive(sku, 2, "A-01-01");
        receive(other, 3, "A-01-02");
        String number = counts.create(new NewCountSheet(here.code(), CountScope.LOCATION, List.of(), List.of()));
        TestUsers.signIn("counter-dora", "WAREHOUSE");
        counting.scan(number, null, bin("A-01-01"));
        counting.scan(number, bin("A-01-01"), sku);
        counting.scan(number, bin("A-01-01"), sku);
        // A unit of another SKU that was not expected in this bin.
        counting.scan(number, bin("A-01-01"), other);
        long version = counting.sheet(number).version();
        assertThatThrownBy(() -> counting.submit(number, version))
                .isInstanceOf(StockDocumentRefused.class).hasMessageContaining(bin("A-01-02"));

        counting.scan(number, null, bin("A-01-02"));
        counting.submit(number, version);

        TestUsers.signIn("reviewer-emil", "ADMIN");
        var review = reviews.review(number);
        assertThat(review.lines()).extracting(VarianceLine::sku, VarianceLine::placeLabel, VarianceLine::variance)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(sku, bin("A-01-01"), 0),
                        org.assertj.core.groups.Tuple.tuple(other, bin("A-01-01"), 1),
                        org.assertj.core.groups.Tuple.tuple(other, bin("A-01-02"), -3));
        reviews.approve(number, review.version());
        assertThat(inventory.contentsOf(bin("A-01-02"))).isEmpty();
        assertThat(inventory.contentsOf(bin("A-01-01"))).extracting(BinStock::sku, BinStock::onHand)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(sku, 2),
                        org.assertj.core.groups.Tuple.tuple(other, 1));
        assertThat(ledgerCheck.check()).noneMatch(p -> p.startsWith(sku) || p.startsWith(other));
    }

    @Test
    void a_sku_sheet_refuses_skus_not_on_it() {
        receive(sku, 1, "A-01-01");
        receive(other, 1, "A-01-01");
        String number = counts.create(new NewCountSheet(here.code(), CountScope.SKUS, List.of(), List.of(sku)));
        assertThat(reviews.review(number).lines()).extracting(VarianceLine::sku).containsExactly(sku);
        counting.scan(number, null, bin("A-01-01"));
        assertThat(counting.scan(number, bin("A-01-01"), other))
                .isInstanceOfSatisfying(CountScanOutcome.Refused.class, r -> assertThat(r.message()).contains("not on"));
        assertThatThrownBy(() -> counts.create(new NewCountSheet(here.code(), CountScope.BINS, List.of("Z-99-99"), List.of())))
                .isInstanceOf(InventoryExceptions.InvalidStockInput.class)
                .satisfies(e -> assertThat(((InventoryExceptions.InvalidStockInput) e).field()).isEqualTo("binCodes"));
    }
}
