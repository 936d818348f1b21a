package dev.focal.procurement;

import static dev.focal.procurement.ProcurementFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.inventory.Availability;
import dev.focal.inventory.InboundSupply;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.Promise;
import dev.focal.inventory.StockFigures;
import dev.focal.inventory.StockReceipt;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseActionRefused;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordChanged;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Suppliers, the PO workflow, receiving, costs and supply on the real schema. */
@IntegrationTest
@WithMockUser(username = "po-admin", roles = "ADMIN")
class ProcurementIntegrationTest {

    @Autowired
    Suppliers suppliers;
    @Autowired
    PurchaseOrders orders;
    @Autowired
    Receiving receiving;
    @Autowired
    SkuCosts costs;
    @Autowired
    SupplierPerformance performance;
    @Autowired
    Inventory inventory;
    @Autowired
    Availability availability;
    @Autowired
    List<InboundSupply> supplies;
    @Autowired
    Locations locations;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    Location here;
    String supplier;

    @BeforeEach
    void setUp() {
        here = InventoryFixtures.newLocation(locations, "P");
        supplier = ProcurementFixtures.newSupplier(suppliers, "SUP", "0", 10);
    }

    int stockHere(String sku) {
        return inventory.stockOf(sku).stream().filter(f -> f.locationCode().equals(here.code()))
                .mapToInt(StockFigures::onHand).sum();
    }

    ReceiptView receive(String po, ReceiptLineDraft... lines) {
        return receiving.receive(new ReceiptDraft(po, here.code(), null, List.of(lines)));
    }

    @Test
    void suppliers_are_validated_field_by_field_and_saved_with_their_items() {
        assertThatThrownBy(() -> suppliers.create(new SupplierDraft("bad code!", "X", "x@y.example", null, null, "A",
                "EUR", "30 days", 1, BigDecimal.ZERO, 0, true)))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> suppliers.create(new SupplierDraft("GOOD-CODE", "X", "not-an-email", null, null, "A",
                "EUR", "30 days", 1, BigDecimal.ZERO, 0, true)))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> suppliers.create(new SupplierDraft("GOOD-CODE", "X", "x@y.example", null, null, "A",
                "EUR", "30 days", 1, BigDecimal.ZERO, 101, true)))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class,
                        e -> assertThat(e.field()).isEqualTo("overReceiptTolerancePercent"));

        SupplierDetails details = suppliers.get(supplier);
        suppliers.update(details.version(), new SupplierDraft(supplier, "Renamed", details.email(), null, null,
                details.address(), "EUR", "60 days net", 9, new BigDecimal("50"), 5, true));
        assertThat(suppliers.get(supplier).name()).isEqualTo("Renamed");
        assertThat(suppliers.get(supplier).paymentTerms()).isEqualTo("60 days net");
        assertThatThrownBy(() -> suppliers.update(details.version(), details.draft()))
                .isInstanceOf(PurchaseRecordChanged.class);

        String sku = ProcurementFixtures.newItem(suppliers, catalog, supplier, "12.50");
        assertThatThrownBy(() -> suppliers.saveItem(supplier, new SupplierItemDraft(sku, "OTHER", BigDecimal.ONE, 1, 1, null), null))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> assertThat(e.field()).isEqualTo("sku"));
        assertThatThrownBy(() -> suppliers.saveItem(supplier, new SupplierItemDraft(sku, "OTHER", BigDecimal.ONE, 0, 1, null), 0L))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> assertThat(e.field()).isEqualTo("packSize"));
        suppliers.saveItem(supplier, new SupplierItemDraft(sku, "S-NEW", new BigDecimal("11.00"), 6, 12, 3), 0L);
        SupplierItem item = suppliers.items(supplier).getFirst();
        assertThat(item.supplierSku()).isEqualTo("S-NEW");
        assertThat(item.effectiveLeadTimeDays()).isEqualTo(3);
        assertThat(item.orderableQuantity(13)).isEqualTo(18);
        assertThat(suppliers.find(supplier.toLowerCase(), org.springframework.data.domain.PageRequest.of(0, 5)))
                .singleElement().satisfies(s -> assertThat(s.items()).isEqualTo(1));
        suppliers.removeItem(supplier, sku);
        assertThat(suppliers.items(supplier)).isEmpty();
    }

    @Test
    void lines_are_one_per_sku_in_whole_packs_and_editable_only_in_a_draft() {
        String sku = ProcurementFixtures.newItem(suppliers, catalog, supplier, "5.00");
        suppliers.saveItem(supplier, new SupplierItemDraft(sku, "S-" + sku, new BigDecimal("5.00"), 12, 24, null), 0L);
        String po = orders.create(supplier, here.code(), null, null);
        assertThat(po).matches("PO-\\d{4}-\\d{4,}");

        assertThatThrownBy(() -> orders.setLines(po, orders.get(po).version(), List.of(PurchaseOrderLineDraft.of(sku, 30))))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].quantity");
                    assertThat(e.getMessage()).contains("packs of 12").contains("minimum order of 24").contains("order 36");
                });
        assertThatThrownBy(() -> orders.setLines(po, orders.get(po).version(),
                List.of(PurchaseOrderLineDraft.of(sku, 24), PurchaseOrderLineDraft.of(sku.toLowerCase(), 24))))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> assertThat(e.field()).isEqualTo("lines[1].sku"));
        String other = InventoryFixtures.newSku(catalog, "NOITEM");
        assertThatThrownBy(() -> orders.setLines(po, orders.get(po).version(), List.of(PurchaseOrderLineDraft.of(other, 1))))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> assertThat(e.field()).isEqualTo("lines[0].unitCost"));
        assertThatThrownBy(() -> orders.setLines(po, orders.get(po).version() - 1, List.of()))
                .isInstanceOf(PurchaseRecordChanged.class);

        orders.setLines(po, orders.get(po).version(), List.of(PurchaseOrderLineDraft.of(sku, 24),
                new PurchaseOrderLineDraft(other, 3, new BigDecimal("2.25"), null)));
        PurchaseOrderDetails details = orders.get(po);
        assertThat(details.lines()).extracting(PurchaseOrderLine::lineNo, PurchaseOrderLine::ordered,
                PurchaseOrderLine::supplierSku).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 24, "S-" + sku), org.assertj.core.groups.Tuple.tuple(2, 3, null));
        assertThat(details.total().amount()).isEqualByComparingTo("126.75");
        assertThat(details.lines().getFirst().expectedOn()).isEqualTo(LocalDate.now().plusDays(7));

        orders.submit(po, details.version());
        assertThat(orders.get(po).status()).isEqualTo(PurchaseOrderStatus.APPROVED);
        assertThatThrownBy(() -> orders.setLines(po, orders.get(po).version(), List.of(PurchaseOrderLineDraft.of(sku, 48))))
                .isInstanceOf(PurchaseActionRefused.class).hasMessageContaining("only a draft");
        assertThat(orders.history(po)).extracting(PurchaseOrderEvent::action)
                .containsExactly("CREATED", "LINES", "SUBMITTED", "APPROVED");
    }

    @Test
    void above_the_threshold_a_second_person_approves_and_below_it_approval_is_automatic() {
        String sku = ProcurementFixtures.newItem(suppliers, catalog, supplier, "200.00");
        String big = as("author-buyer", "BUYER", () -> {
            String n = orders.create(supplier, here.code(), null, null);
            orders.setLines(n, orders.get(n).version(), List.of(PurchaseOrderLineDraft.of(sku, 6)));
            orders.submit(n, orders.get(n).version());
            return n;
        });
        assertThat(orders.get(big).status()).isEqualTo(PurchaseOrderStatus.SUBMITTED);
        assertThat(orders.get(big).author()).isEqualTo("author-buyer");

        assertThatThrownBy(() -> as("author-buyer", "BUYER", () -> {
            orders.approve(big, orders.get(big).version());
            return null;
        })).isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> assertThat(e.field()).isEqualTo("approver"));
        assertThat(orders.get(big).status()).isEqualTo(PurchaseOrderStatus.SUBMITTED);

        as("other-buyer", "BUYER", () -> {
            orders.reject(big, orders.get(big).version(), "Split it over two months");
            return null;
        });
        assertThat(orders.get(big).status()).isEqualTo(PurchaseOrderStatus.DRAFT);
        assertThat(orders.get(big).rejectionReason()).isEqualTo("Split it over two months");
        as("author-buyer", "BUYER", () -> {
            orders.submit(big, orders.get(big).version());
            return null;
        });
        as("other-buyer", "BUYER", () -> {
            orders.approve(big, orders.get(big).version());
            return null;
        });
        PurchaseOrderDetails approved = orders.get(big);
        assertThat(approved.status()).isEqualTo(PurchaseOrderStatus.APPROVED);
        assertThat(approved.approver()).isEqualTo("other-buyer");
        assertThat(orders.history(big)).extracting(PurchaseOrderEvent::action, PurchaseOrderEvent::actor).contains(
                org.assertj.core.groups.Tuple.tuple("REJECTED", "other-buyer"),
                org.assertj.core.groups.Tuple.tuple("APPROVED", "other-buyer"));

        String small = orders.create(supplier, here.code(), null, null);
        orders.setLines(small, orders.get(small).version(), List.of(PurchaseOrderLineDraft.of(sku, 5)));
        orders.submit(small, orders.get(small).version());
        assertThat(orders.get(small).status()).isEqualTo(PurchaseOrderStatus.APPROVED);
        assertThat(orders.get(small).approver()).isNull();
    }

    @Test
    void submitting_below_the_suppliers_minimum_order_value_is_refused_with_the_shortfall() {
        String picky = ProcurementFixtures.newSupplier(suppliers, "MIN", "500", 0);
        String sku = ProcurementFixtures.newItem(suppliers, catalog, picky, "20.00");
        String po = orders.create(picky, here.code(), null, null);
        orders.setLines(po, orders.get(po).version(), List.of(PurchaseOrderLineDraft.of(sku, 5)));

        assertThatThrownBy(() -> orders.submit(po, orders.get(po).version()))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> {
                    assertThat(e.field()).isEqualTo("total");
                    assertThat(e.getMessage()).contains("EUR 100.00").contains("EUR 500.00").contains("Add EUR 400.00");
                });
        assertThat(orders.get(po).status()).isEqualTo(PurchaseOrderStatus.DRAFT);
    }

    @Test
    void partial_receipts_move_line_and_po_status_and_put_good_units_into_stock() {
        String a = ProcurementFixtures.newItem(suppliers, catalog, supplier, "10.00");
        String b = ProcurementFixtures.newItem(suppliers, catalog, supplier, "4.00");
        String po = ProcurementFixtures.sentOrder(orders, supplier, here.code(),
                List.of(PurchaseOrderLineDraft.of(a, 10), PurchaseOrderLineDraft.of(b, 5)));
        assertThat(receiving.openFor(here.code())).extracting(PurchaseOrderSummary::number).contains(po);

        ReceiptView first = receive(po, ReceiptLineDraft.of(a, 4));
        assertThat(first.number()).matches("GR-\\d{4}-\\d{4,}");
        PurchaseOrderDetails after = orders.get(po);
        assertThat(after.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
        assertThat(after.lines()).extracting(PurchaseOrderLine::status)
                .containsExactly(PurchaseOrderLineStatus.PARTIAL, PurchaseOrderLineStatus.OPEN);
        assertThat(after.line(a).orElseThrow().outstanding()).isEqualTo(6);
        assertThat(stockHere(a)).isEqualTo(4);
        assertThat(inventory.movementsOf("PURCHASE_ORDER", first.number())).singleElement()
                .satisfies(m -> assertThat(m.quantity()).isEqualTo(4));

        receive(po, ReceiptLineDraft.of(a, 6), new ReceiptLineDraft(b, 5, 0, null, null, "A-01-02"));
        after = orders.get(po);
        assertThat(after.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(after.lines()).extracting(PurchaseOrderLine::status)
                .containsOnly(PurchaseOrderLineStatus.RECEIVED);
        assertThat(stockHere(a)).isEqualTo(10);
        assertThat(inventory.placesOf(b)).singleElement().satisfies(p -> assertThat(p.binCode()).isEqualTo(here.code() + "/A-01-02"));
        assertThat(receiving.receiptsOf(po)).hasSize(2);
        assertThat(receiving.openFor(here.code())).extracting(PurchaseOrderSummary::number).doesNotContain(po);
        assertThat(orders.history(po)).filteredOn(e -> e.action().equals("RECEIVED")).hasSize(2);

        orders.close(po, orders.get(po).version());
        assertThat(orders.get(po).status()).isEqualTo(PurchaseOrderStatus.CLOSED);
    }

    @Test
    void over_receipt_within_the_tolerance_is_accepted_and_beyond_it_refused_without_writing_anything() {
        String sku = ProcurementFixtures.newItem(suppliers, catalog, supplier, "3.00");
        String within = ProcurementFixtures.sentOrder(orders, supplier, here.code(), List.of(PurchaseOrderLineDraft.of(sku, 10)));
        receive(within, ReceiptLineDraft.of(sku, 11));
        assertThat(orders.get(within).status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(orders.get(within).lines().getFirst().received()).isEqualTo(11);

        String beyond = ProcurementFixtures.sentOrder(orders, supplier, here.code(), List.of(PurchaseOrderLineDraft.of(sku, 10)));
        long version = orders.get(beyond).version();
        int receipts = jdbc.sql("select count(*) from goods_receipt").query(Integer.class).single();
        assertThatThrownBy(() -> receive(beyond, ReceiptLineDraft.of(sku, 5), ReceiptLineDraft.of(sku, 7)))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[1].quantity");
                    assertThat(e.getMessage()).contains("Line 1").contains(sku).contains("10 %").contains("at most 11")
                            .contains("Receive at most 11 more");
                });
        assertThat(stockHere(sku)).isEqualTo(11);
        assertThat(orders.get(beyond).version()).isEqualTo(version);
        assertThat(orders.get(beyond).lines().getFirst().received()).isZero();
        assertThat(jdbc.sql("select count(*) from goods_receipt").query(Integer.class).single()).isEqualTo(receipts);
    }

    @Test
    void unknown_skus_wrong_location_and_unsent_orders_are_refused_clearly() {
        String sku = ProcurementFixtures.newItem(suppliers, catalog, supplier, "3.00");
        String stranger = InventoryFixtures.newSku(catalog, "STRANGER");
        String po = ProcurementFixtures.sentOrder(orders, supplier, here.code(), List.of(PurchaseOrderLineDraft.of(sku, 10)));

        assertThatThrownBy(() -> receive(po, ReceiptLineDraft.of(stranger, 1)))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].sku");
                    assertThat(e.getMessage()).contains("is not on " + po);
                });
        assertThatThrownBy(() -> receive(po, ReceiptLineDraft.of("NO-SUCH-BARCODE-1", 1)))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> assertThat(e.field()).isEqualTo("lines[0].sku"));
        assertThatThrownBy(() -> receiving.receive(new ReceiptDraft(po, "WH1", null, List.of(ReceiptLineDraft.of(sku, 1)))))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> assertThat(e.field()).isEqualTo("locationCode"));
        assertThatThrownBy(() -> receive(po, new ReceiptLineDraft(sku, 1, 0, null, null, "Z-99-99")))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> assertThat(e.field()).isEqualTo("lines[0].binCode"));
        assertThat(orders.get(po).lines().getFirst().received()).isZero();

        String draft = orders.create(supplier, here.code(), null, null);
        assertThatThrownBy(() -> receive(draft, ReceiptLineDraft.of(sku, 1))).isInstanceOf(PurchaseActionRefused.class);
    }

    @Test
    void contact_lenses_are_received_with_lot_and_expiry_and_a_missing_lot_is_named_on_its_line() {
        String lens = jdbc.sql("select sku from catalog_sku where sku like 'CL-%' and status = 'ACTIVE' order by sku limit 1")
                .query(String.class).single();
        suppliers.saveItem(supplier, new SupplierItemDraft(lens, "BOX-1", new BigDecimal("9.80"), 1, 1, null), null);
        String po = ProcurementFixtures.sentOrder(orders, supplier, here.code(), List.of(PurchaseOrderLineDraft.of(lens, 6)));

        assertThatThrownBy(() -> receive(po, ReceiptLineDraft.of(lens, 6)))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].lot");
                    assertThat(e.getMessage()).contains("lot number and expiry date");
                });
        assertThat(receiving.receiptsOf(po)).isEmpty();

        LocalDate expires = LocalDate.now().plusYears(2);
        receive(po, new ReceiptLineDraft(lens, 4, 0, "LOT-A1", expires, "A-01-01"),
                new ReceiptLineDraft(lens, 2, 0, "LOT-B2", expires.plusMonths(1), null));
        assertThat(orders.get(po).status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(inventory.placesOf(lens)).filteredOn(p -> p.locationCode().equals(here.code()))
                .extracting(p -> p.lot()).containsExactlyInAnyOrder("LOT-A1", "LOT-B2");
    }

    @Test
    void damaged_units_are_recorded_but_not_stocked_and_the_backorder_stays_open() {
        String sku = ProcurementFixtures.newItem(suppliers, catalog, supplier, "3.00");
        String po = ProcurementFixtures.sentOrder(orders, supplier, here.code(), List.of(PurchaseOrderLineDraft.of(sku, 10)));

        ReceiptView receipt = receive(po, new ReceiptLineDraft(sku, 3, 2, null, null, null));

        assertThat(receipt.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(3);
            assertThat(l.damaged()).isEqualTo(2);
        });
        assertThat(stockHere(sku)).isEqualTo(3);
        PurchaseOrderLine line = orders.get(po).lines().getFirst();
        assertThat(line.damaged()).isEqualTo(2);
        assertThat(line.outstanding()).isEqualTo(7);
        assertThat(supplies.stream().flatMap(s -> s.incoming(sku).stream()).toList()).singleElement()
                .satisfies(i -> assertThat(i.quantity()).isEqualTo(7));

        assertThatThrownBy(() -> orders.cancel(po, orders.get(po).version(), "not needed"))
                .isInstanceOf(PurchaseActionRefused.class).hasMessageContaining("close it instead");
        orders.close(po, orders.get(po).version());
        assertThat(orders.get(po).status()).isEqualTo(PurchaseOrderStatus.CLOSED);
        assertThat(orders.get(po).lines().getFirst().status()).isEqualTo(PurchaseOrderLineStatus.CLOSED);
        assertThat(orders.get(po).lines().getFirst().outstanding()).isZero();
        assertThat(supplies.stream().flatMap(s -> s.incoming(sku).stream()).toList()).isEmpty();
        assertThat(orders.history(po).getLast().detail()).contains("backorder of 7 units on 1 line");
    }

    @Test
    void a_po_is_cancelled_before_receiving_with_a_reason() {
        String sku = ProcurementFixtures.newItem(suppliers, catalog, supplier, "3.00");
        String po = ProcurementFixtures.sentOrder(orders, supplier, here.code(), List.of(PurchaseOrderLineDraft.of(sku, 4)));
        assertThatThrownBy(() -> orders.cancel(po, orders.get(po).version(), " "))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> assertThat(e.field()).isEqualTo("reason"));
        orders.cancel(po, orders.get(po).version(), "Supplier cannot deliver");
        assertThat(orders.get(po).status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
        assertThat(orders.get(po).cancelReason()).isEqualTo("Supplier cannot deliver");
        assertThat(supplies.stream().flatMap(s -> s.incoming(sku).stream()).toList()).isEmpty();
    }

    @Test
    void receipts_keep_a_moving_average_cost_over_all_stock() {
        String sku = ProcurementFixtures.newItem(suppliers, catalog, supplier, "10.00");
        inventory.receive(new StockReceipt(sku, here.code(), null, 10, null, null, "OPENING", "opening", null), null);
        String first = ProcurementFixtures.sentOrder(orders, supplier, here.code(), List.of(PurchaseOrderLineDraft.of(sku, 10)));
        receive(first, ReceiptLineDraft.of(sku, 10));
        // Opening stock has no known cost: the first receipt sets the average.
        assertThat(costs.of(sku).orElseThrow().averageCost()).isEqualByComparingTo("10.0000");

        String second = ProcurementFixtures.sentOrder(orders, supplier, here.code(),
                List.of(new PurchaseOrderLineDraft(sku, 10, new BigDecimal("13.00"), null)));
        receive(second, ReceiptLineDraft.of(sku, 10));
        // (20 x 10.00 + 10 x 13.00) / 30 = 11.00
        SkuCost cost = costs.of(sku).orElseThrow();
        assertThat(cost.averageCost()).isEqualByComparingTo("11.0000");
        assertThat(cost.currency()).isEqualTo("EUR");
        assertThat(costs.history(sku, 10).getFirst().math()).isEqualTo("(20 x 10.0000 + 10 x 13.0000) / 30 = 11.0000");

        // Damaged units do not count: 3 good at 7.00 over 30 on hand: (30 x 11 + 3 x 7) / 33 = 10.6364
        String third = ProcurementFixtures.sentOrder(orders, supplier, here.code(),
                List.of(new PurchaseOrderLineDraft(sku, 5, new BigDecimal("7.00"), null)));
        receive(third, new ReceiptLineDraft(sku, 3, 2, null, null, null));
        assertThat(costs.of(sku).orElseThrow().averageCost()).isEqualByComparingTo("10.6364");
    }

    @Test
    void the_pdf_shows_the_order_and_sending_queues_an_email_with_it_attached() throws Exception {
        String sku = ProcurementFixtures.newItem(suppliers, catalog, supplier, "12.50");
        String po = orders.create(supplier, here.code(), LocalDate.now().plusDays(9), "Deliver to the back door");
        orders.setLines(po, orders.get(po).version(), List.of(PurchaseOrderLineDraft.of(sku, 4)));
        orders.submit(po, orders.get(po).version());

        String text;
        try (var document = Loader.loadPDF(orders.pdf(po))) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("PURCHASE ORDER").contains(po).contains("Supplier " + supplier).contains("S-" + sku)
                .contains(sku).contains("Teststraße 1").contains("50.00").contains("EUR 50.00").contains("30 days net")
                .contains("Location " + here.code()).contains("Deliver to the back door");

        orders.send(po, orders.get(po).version());
        assertThat(orders.get(po).status()).isEqualTo(PurchaseOrderStatus.SENT);
        Map<String, Object> message = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select recipient, subject, status, attachment_name, attachment_type, attachment_content
                        from notification_message where dedup_key = ?""").param("purchase-order-sent:" + po)
                .query().listOfRows().stream().findFirst().orElse(null), m -> m != null && "LOGGED".equals(m.get("status")));
        assertThat(message.get("recipient")).isEqualTo(supplier.toLowerCase() + "@supplier.example");
        assertThat((String) message.get("subject")).contains(po);
        assertThat(message.get("attachment_name")).isEqualTo(po + ".pdf");
        assertThat(message.get("attachment_type")).isEqualTo("application/pdf");
        try (var attached = Loader.loadPDF((byte[]) message.get("attachment_content"))) {
            assertThat(new PDFTextStripper().getText(attached)).contains(po).contains(sku);
        }
        assertThat(orders.history(po)).extracting(PurchaseOrderEvent::action).contains("SENT");
    }

    @Test
    void supplier_performance_compares_promised_and_actual_lead_times_fill_and_on_time_rates() {
        String a = ProcurementFixtures.newItem(suppliers, catalog, supplier, "1.00");
        String b = ProcurementFixtures.newItem(suppliers, catalog, supplier, "1.00");
        String po = ProcurementFixtures.sentOrder(orders, supplier, here.code(),
                List.of(PurchaseOrderLineDraft.of(a, 10), PurchaseOrderLineDraft.of(b, 10)));
        // Sent ten days ago; line a was due today, line b three days ago.
        jdbc.sql("update purchase_order set sent_at = now() - interval '10 days' where number = ?").param(po).update();
        jdbc.sql("update purchase_order_line set expected_on = current_date - case when sku = ? then 0 else 3 end"
                + " where po_id = (select id from purchase_order where number = ?)").params(a, po).update();
        receive(po, ReceiptLineDraft.of(a, 10), ReceiptLineDraft.of(b, 6));
        orders.close(po, orders.get(po).version());

        SupplierPerformanceRow row = performance.rows(null).stream().filter(r -> r.supplierCode().equals(supplier))
                .findFirst().orElseThrow();

        assertThat(row.purchaseOrders()).isEqualTo(1);
        assertThat(row.receipts()).isEqualTo(1);
        assertThat(row.promisedLeadTimeDays()).isEqualByComparingTo("8.5");
        assertThat(row.actualLeadTimeDays()).isEqualByComparingTo("10");
        assertThat(row.leadTimeSlipDays()).isEqualByComparingTo("1.5");
        assertThat(row.fillRate()).isEqualByComparingTo("0.8");
        assertThat(row.onTimeRate()).isEqualByComparingTo("0.5");
        assertThat(row.lateReceiptLines()).isEqualTo(1);
    }

    @Test
    void open_lines_are_inbound_supply_and_give_a_promise_date() {
        String sku = ProcurementFixtures.newItem(suppliers, catalog, supplier, "8.00");
        LocalDate expected = LocalDate.now().plusDays(12);
        String po = orders.create(supplier, here.code(), expected, null);
        orders.setLines(po, orders.get(po).version(), List.of(PurchaseOrderLineDraft.of(sku, 6)));
        // A draft is not supply yet.
        assertThat(availability.promise(sku, 2, null).canPromise()).isFalse();
        orders.submit(po, orders.get(po).version());
        orders.send(po, orders.get(po).version());
        receive(po, ReceiptLineDraft.of(sku, 1));

        Promise promise = availability.promise(sku, 4, here.code());

        assertThat(promise.available()).isEqualTo(1);
        assertThat(promise.promiseDate()).isEqualTo(expected);
        assertThat(promise.incomingCounted()).singleElement().satisfies(i -> {
            assertThat(i.source()).isEqualTo(po + " line 1");
            assertThat(i.quantity()).isEqualTo(5);
        });
        assertThat(availability.promise(sku, 7, here.code()).canPromise()).isFalse();
    }
}
