package dev.focal.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.CatalogFixtures;
import dev.focal.catalog.Category;
import dev.focal.catalog.FrameSpec;
import dev.focal.catalog.FrameSpec.Colour;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.ProductDraft;
import dev.focal.catalog.ProductId;
import dev.focal.catalog.SkuFacts;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.StockReceipt;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.StockFilter;
import dev.focal.inventory.StockRow;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalog rewrites a product's SKU rows on every save; procurement's supplier items, PO lines and costs name
 * SKUs of its own read model (V16), so editing a product they name succeeds, and a SKU the product drops stays
 * readable where procurement has it.
 */
@IntegrationTest
@WithMockUser(username = "product-edit-admin", roles = "ADMIN")
class ProcurementProductEditsTest {

    @Autowired
    Catalog catalog;
    @Autowired
    Suppliers suppliers;
    @Autowired
    PurchaseOrders orders;
    @Autowired
    Receiving receiving;
    @Autowired
    SkuCosts costs;
    @Autowired
    Inventory inventory;
    @Autowired
    Locations locations;
    @Autowired
    TransactionTemplate transactions;

    List<StockRow> stock(String sku) {
        return inventory.overview(new StockFilter(sku, null, null, false, null), PageRequest.of(0, 50)).stream()
                .filter(row -> row.sku().equals(sku)).toList();
    }

    /** A demo frame SKU on an open PO of the demo frame supplier that the supplier sells and that is in stock. */
    String demoFrameOnAnOpenOrder() {
        var open = orders.find(new PurchaseOrderFilter(null, PurchaseOrderFilter.open().statuses(),
                ProcurementDemoData.FRAMES, null), PageRequest.of(0, 50));
        return open.stream().flatMap(po -> orders.get(po.number()).lines().stream()).map(PurchaseOrderLine::sku)
                .filter(sku -> catalog.findBySkuForStaff(sku).filter(f -> f.category() == Category.EYEGLASSES).isPresent())
                .filter(sku -> !suppliers.itemsForSku(sku).isEmpty() && !stock(sku).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("The demo data has no frame on an open PO in stock"));
    }

    @Test
    void renaming_a_demo_frame_on_supplier_lists_in_stock_and_on_an_open_order_and_changing_its_price_succeeds() {
        String sku = demoFrameOnAnOpenOrder();
        SkuFacts before = catalog.findBySkuForStaff(sku).orElseThrow();
        ProductDetails product = catalog.get(before.productId());
        ProductDraft d = product.draft();
        FrameSpec f = Objects.requireNonNull(d.frame());
        List<Colour> colours = f.colours().stream()
                .map(c -> new Colour(c.code(), c.name(), c.swatch(), c.surcharge().add(new BigDecimal("5.00")))).toList();
        var edited = new ProductDraft(d.category(), d.code(), d.name() + " Edition", d.brand(), d.description(),
                d.taxClass(), new FrameSpec(f.shape(), f.material(), f.rimType(), f.gender(), f.ageGroup(), f.faceWidth(),
                f.rxAble(), colours, f.sizes(), f.readerPowers()), d.lens(), d.contactLens(), d.variants());

        // A demo product other tests rely on: edited and checked in a transaction that is rolled back.
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            catalog.update(product.id(), product.version(), edited);

            String renamed = catalog.findBySkuForStaff(sku).orElseThrow().description();
            assertThat(renamed).isNotEqualTo(before.description()).contains(d.name() + " Edition");
            assertThat(catalog.get(product.id()).draft().frame().colours()).extracting(Colour::surcharge)
                    .isEqualTo(colours.stream().map(Colour::surcharge).toList());
            assertThat(suppliers.itemsForSku(sku)).isNotEmpty()
                    .allSatisfy(item -> assertThat(item.description()).isEqualTo(renamed));
            assertThat(suppliers.items(ProcurementDemoData.FRAMES)).filteredOn(item -> item.sku().equals(sku))
                    .singleElement().satisfies(item -> assertThat(item.description()).isEqualTo(renamed));
            assertThat(stock(sku)).isNotEmpty().allSatisfy(row -> assertThat(row.description()).isEqualTo(renamed));
        });
    }

    @Test
    void a_variant_removed_from_its_product_stays_readable_on_supplier_items_orders_costs_and_stock() {
        Location here = InventoryFixtures.newLocation(locations, "PE");
        String supplier = ProcurementFixtures.newSupplier(suppliers, "PES", "0", 0);
        ProductId id = catalog.create(CatalogFixtures.frame(CatalogFixtures.code("PE")));
        ProductDetails product = catalog.get(id);
        String sku = product.draft().variants().getFirst().sku();
        String description = catalog.findBySkuForStaff(sku).orElseThrow().description();
        suppliers.saveItem(supplier, new SupplierItemDraft(sku, "S-" + sku, new BigDecimal("21.00"), 1, 1, null), null);
        String po = ProcurementFixtures.sentOrder(orders, supplier, here.code(),
                List.of(new PurchaseOrderLineDraft(sku, 4, null, null)));
        receiving.receive(new ReceiptDraft(po, here.code(), null, List.of(new ReceiptLineDraft(sku, 2, 0, null, null, null))));
        inventory.receive(new StockReceipt(sku, here.code(), "A-01-02", 1, null, null, "PURCHASE_ORDER", "PO-PE", null), null);

        ProductDraft d = product.draft();
        catalog.update(id, product.version(), new ProductDraft(d.category(), d.code(), d.name(), d.brand(),
                d.description(), d.taxClass(), d.frame(), d.lens(), d.contactLens(),
                d.variants().stream().filter(v -> !v.sku().equals(sku)).toList()));

        assertThat(catalog.findBySkuForStaff(sku)).isEmpty();
        assertThat(suppliers.item(supplier, sku)).get().satisfies(item -> {
            assertThat(item.description()).isEqualTo(description);
            assertThat(item.supplierSku()).isEqualTo("S-" + sku);
        });
        assertThat(suppliers.items(supplier)).extracting(SupplierItem::sku).containsExactly(sku);
        assertThat(orders.get(po).line(sku)).get().satisfies(line -> {
            assertThat(line.description()).isEqualTo(description);
            assertThat(line.received()).isEqualTo(2);
        });
        assertThat(costs.of(sku)).isPresent();
        assertThat(stock(sku)).singleElement().satisfies(row -> {
            assertThat(row.description()).isEqualTo(description);
            assertThat(row.onHand()).isEqualTo(3);
        });
        String next = orders.create(supplier, here.code(), null, null);
        assertThatThrownBy(() -> orders.setLines(next, orders.get(next).version(),
                List.of(new PurchaseOrderLineDraft(sku, 1, null, null))))
                .isInstanceOf(InvalidPurchaseInput.class).hasMessageContaining("in the catalog");
        suppliers.removeItem(supplier, sku);
        assertThat(suppliers.items(supplier)).isEmpty();
    }
}
