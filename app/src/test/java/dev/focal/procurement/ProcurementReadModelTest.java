package dev.focal.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.ProductDraft;
import dev.focal.catalog.ProductUpdated;
import dev.focal.catalog.SkuFacts;
import dev.focal.catalog.SkuSummary;
import dev.focal.inventory.InboundSupply;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.ReorderPolicies;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Procurement shows catalog descriptions from its own read model and stock locations by the codes on its
 * documents (it reads neither the catalog's nor the inventory's tables): both stay right when the owner changes.
 */
@IntegrationTest
@WithMockUser(username = "read-model-admin", roles = "ADMIN")
class ProcurementReadModelTest {

    @Autowired
    Suppliers suppliers;
    @Autowired
    PurchaseOrders orders;
    @Autowired
    Receiving receiving;
    @Autowired
    ReorderProposals proposals;
    @Autowired
    ReorderPolicies policies;
    @Autowired
    Inventory inventory;
    @Autowired
    Locations locations;
    @Autowired
    Catalog catalog;
    @Autowired
    List<InboundSupply> supplies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    Location here;
    String supplier;

    @BeforeEach
    void setUp() {
        here = InventoryFixtures.newLocation(locations, "RM");
        supplier = ProcurementFixtures.newSupplier(suppliers, "RMS", "0", 10);
    }

    void rename(String sku, String name) {
        ProductDetails product = catalog.findByCode(sku).orElseThrow();
        ProductDraft d = product.draft();
        catalog.update(product.id(), product.version(), new ProductDraft(d.category(), d.code(), name, d.brand(),
                d.description(), d.taxClass(), d.frame(), d.lens(), d.contactLens(), d.variants()));
    }

    @Test
    void a_product_created_and_put_on_a_purchase_order_in_one_transaction_shows_its_description_at_once() {
        String number = transactions.execute(status -> {
            String sku = InventoryFixtures.newSku(catalog, "RMN");
            suppliers.saveItem(supplier, new SupplierItemDraft(sku, "S-" + sku, new BigDecimal("3.00"), 1, 1, null), null);
            assertThat(suppliers.items(supplier)).singleElement()
                    .satisfies(item -> assertThat(item.description()).isEqualTo("Brand " + sku + " Test item " + sku));
            String po = orders.create(supplier, here.code(), null, null);
            orders.setLines(po, orders.get(po).version(), List.of(new PurchaseOrderLineDraft(sku, 2, null, null)));
            return po;
        });

        var line = orders.get(number).lines().getFirst();
        assertThat(line.description()).isEqualTo("Brand " + line.sku() + " Test item " + line.sku());
        assertThat(suppliers.itemsForSku(line.sku())).singleElement()
                .satisfies(item -> assertThat(item.description()).isEqualTo(line.description()));
    }

    @Test
    void renaming_a_product_changes_its_description_on_supplier_items_reorder_proposals_and_new_order_lines() {
        String sku = InventoryFixtures.newSku(catalog, "RMR");
        suppliers.saveItem(supplier, new SupplierItemDraft(sku, "S-" + sku, new BigDecimal("4.00"), 1, 1, null), null);
        policies.save(sku, here.code(), 1, 3, 10, null, null);
        rename(sku, "Renamed " + sku);
        String po = orders.create(supplier, here.code(), null, null);
        orders.setLines(po, orders.get(po).version(), List.of(new PurchaseOrderLineDraft(sku, 1, null, null)));

        proposals.generate();

        String renamed = "Brand " + sku + " Renamed " + sku;
        assertThat(suppliers.item(supplier, sku).orElseThrow().description()).isEqualTo(renamed);
        var proposalLine = proposals.openFor(supplier).orElseThrow().lines().stream()
                .filter(l -> l.sku().equals(sku)).findFirst().orElseThrow();
        assertThat(proposalLine.description()).isEqualTo(renamed);
        assertThat(proposalLine.locationCode()).isEqualTo(here.code());
        assertThat(orders.get(po).line(sku).orElseThrow().description()).isEqualTo(renamed);
    }

    @Test
    void the_read_model_follows_a_product_update_published_without_a_signed_in_user() {
        String sku = InventoryFixtures.newSku(catalog, "RMQ");
        rename(sku, "Quietly renamed " + sku);
        jdbc.sql("update procurement_sku set description = 'stale' where sku = ?").param(sku).update();
        ProductDetails product = catalog.findByCode(sku).orElseThrow();
        SkuFacts facts = catalog.findBySkuForStaff(sku).orElseThrow();
        var summary = new SkuSummary(sku, product.id(), facts.brand(), facts.name(), facts.description(), null);

        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        try {
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new ProductUpdated(product.id(), product.code(), product.status(), Set.of(sku), List.of(summary))));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(signedIn);
        }

        suppliers.saveItem(supplier, new SupplierItemDraft(sku, "S-" + sku, new BigDecimal("4.00"), 1, 1, null), null);
        assertThat(suppliers.item(supplier, sku).orElseThrow().description())
                .isEqualTo("Brand " + sku + " Quietly renamed " + sku);
    }

    @Test
    void purchase_orders_receipts_and_supply_name_their_location_and_the_pdf_its_current_name() throws Exception {
        String sku = ProcurementFixtures.newItem(suppliers, catalog, supplier, "2.00");
        String po = ProcurementFixtures.sentOrder(orders, supplier, here.code(),
                List.of(new PurchaseOrderLineDraft(sku, 5, null, null)));
        receiving.receive(new ReceiptDraft(po, here.code(), null, List.of(new ReceiptLineDraft(sku, 2, 0, null, null, null))));
        locations.update(here.code(), locations.get(here.code()).version(), "Renamed warehouse " + here.code(), true);

        var filter = new PurchaseOrderFilter(null, EnumSet.noneOf(PurchaseOrderStatus.class), null, here.code());
        assertThat(orders.find(filter, PageRequest.of(0, 10))).singleElement()
                .satisfies(s -> assertThat(s.deliverTo()).isEqualTo(here.code()));
        assertThat(orders.get(po).deliverTo()).isEqualTo(here.code());
        assertThat(receiving.receiptsOf(po)).singleElement()
                .satisfies(r -> assertThat(r.locationCode()).isEqualTo(here.code()));
        assertThat(supplies.stream().flatMap(s -> s.incoming(sku).stream()))
                .anySatisfy(in -> assertThat(in.locationCode()).isEqualTo(here.code()));
        try (var pdf = Loader.loadPDF(orders.pdf(po))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Renamed warehouse " + here.code());
        }
    }
}
