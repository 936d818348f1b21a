package dev.focal.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.ReorderPolicies;
import dev.focal.inventory.StockReceipt;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Reorder proposals: the math per line, the preferred supplier, editing, accepting and snoozing. */
@IntegrationTest
@WithMockUser(username = "reorder-admin", roles = "ADMIN")
class ReorderProposalsTest {

    @Autowired
    ReorderProposals proposals;
    @Autowired
    ReorderProposalJob job;
    @Autowired
    Suppliers suppliers;
    @Autowired
    PurchaseOrders orders;
    @Autowired
    ReorderPolicies policies;
    @Autowired
    Inventory inventory;
    @Autowired
    Locations locations;
    @Autowired
    Catalog catalog;

    Location here;
    String cheap;
    String dear;
    String sku;

    @BeforeEach
    void setUp() {
        here = InventoryFixtures.newLocation(locations, "R");
        cheap = ProcurementFixtures.newSupplier(suppliers, "CHEAP", "0", 0);
        dear = ProcurementFixtures.newSupplier(suppliers, "DEAR", "0", 0);
        sku = InventoryFixtures.newSku(catalog, "RO");
        suppliers.saveItem(dear, new SupplierItemDraft(sku, "D-1", new BigDecimal("5.00"), 1, 1, 2), null);
        suppliers.saveItem(cheap, new SupplierItemDraft(sku, "C-1", new BigDecimal("4.50"), 12, 1, null), null);
        inventory.receive(new StockReceipt(sku, here.code(), null, 2, null, null, "OPENING", "test", null), null);
        policies.save(sku, here.code(), 1, 3, 10, null, null);
    }

    Optional<ReorderProposalLine> lineFor(String supplier) {
        return proposals.openFor(supplier).flatMap(p -> p.lines().stream().filter(l -> l.sku().equals(sku)).findFirst());
    }

    @Test
    void a_sku_at_its_reorder_point_is_proposed_from_the_cheapest_supplier_rounded_to_its_pack_with_the_math() {
        ReorderRun run = proposals.generate();

        assertThat(run.lines()).isPositive();
        assertThat(lineFor(dear)).isEmpty();
        ReorderProposalLine line = lineFor(cheap).orElseThrow();
        assertThat(line.locationCode()).isEqualTo(here.code());
        assertThat(List.of(line.available(), line.onOrder(), line.reorderPoint(), line.suggested(), line.quantity()))
                .containsExactly(2, 0, 3, 12, 12);
        assertThat(line.math()).startsWith("available 2 + on order 0 = 2 <= reorder point 3; order 10 (reorder quantity), "
                + "rounded to pack 12 = 12; " + cheap + " at 4.5").contains("(cheapest of 2 suppliers)")
                .contains("7 days lead time");
        assertThat(line.expectedOn()).isEqualTo(LocalDate.now().plusDays(7));
    }

    @Test
    void a_buyer_edits_a_line_in_whole_packs_and_accepting_makes_a_draft_po_that_then_counts_as_on_order() {
        proposals.generate();
        ReorderProposal proposal = proposals.openFor(cheap).orElseThrow();
        ReorderProposalLine line = lineFor(cheap).orElseThrow();

        assertThatThrownBy(() -> proposals.updateLine(proposal.id(), proposal.version(), line.id(), 13))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> {
                    assertThat(e.field()).isEqualTo("quantity");
                    assertThat(e.getMessage()).contains("packs of 12").contains("order 24");
                });
        proposals.updateLine(proposal.id(), proposal.version(), line.id(), 24);
        // A new run keeps the buyer's quantity.
        proposals.generate();
        assertThat(lineFor(cheap).orElseThrow().quantity()).isEqualTo(24);
        assertThat(lineFor(cheap).orElseThrow().edited()).isTrue();

        ReorderProposal edited = proposals.openFor(cheap).orElseThrow();
        List<String> numbers = proposals.accept(edited.id(), edited.version());

        assertThat(numbers).singleElement();
        PurchaseOrderDetails po = orders.get(numbers.getFirst());
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
        assertThat(po.deliverTo()).isEqualTo(here.code());
        assertThat(po.author()).isEqualTo("reorder-admin");
        assertThat(po.line(sku).orElseThrow().ordered()).isEqualTo(24);
        assertThat(po.line(sku).orElseThrow().unitCost()).isEqualByComparingTo("4.50");
        assertThat(proposals.get(edited.id()).status()).isEqualTo(ReorderProposalStatus.ACCEPTED);
        assertThat(proposals.get(edited.id()).poNumbers()).containsExactly(po.number());

        job.refresh();
        assertThat(lineFor(cheap)).isEmpty();
        assertThat(lineFor(dear)).isEmpty();
    }

    @Test
    void a_snoozed_proposal_is_not_proposed_again_before_its_date() {
        proposals.generate();
        ReorderProposal proposal = proposals.openFor(cheap).orElseThrow();
        assertThatThrownBy(() -> proposals.snooze(proposal.id(), proposal.version(), LocalDate.now()))
                .isInstanceOfSatisfying(InvalidPurchaseInput.class, e -> assertThat(e.field()).isEqualTo("until"));
        proposals.snooze(proposal.id(), proposal.version(), LocalDate.now().plusDays(5));

        ReorderRun run = proposals.generate();

        assertThat(run.snoozed()).isPositive();
        assertThat(lineFor(cheap)).isEmpty();
        assertThat(proposals.get(proposal.id()).status()).isEqualTo(ReorderProposalStatus.SNOOZED);
        assertThat(proposals.get(proposal.id()).snoozedUntil()).isEqualTo(LocalDate.now().plusDays(5));
    }

    @Test
    void min_max_policies_order_up_to_the_maximum_and_skus_without_a_supplier_are_reported() {
        String lonely = InventoryFixtures.newSku(catalog, "LONELY");
        policies.save(lonely, here.code(), 0, 2, null, 8, null);
        policies.save(sku, here.code(), 0, 3, null, 20, policies.find(sku, here.code()).orElseThrow().version());

        ReorderRun run = proposals.generate();

        assertThat(run.withoutSupplier()).contains(lonely + "@" + here.code());
        assertThat(lineFor(cheap).orElseThrow().math())
                .startsWith("available 2 + on order 0 = 2 <= reorder point 3; order up to max 20: 20 - 2 = 18, rounded to pack 12 = 24");
    }
}
