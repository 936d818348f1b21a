package dev.focal.backoffice.procurement;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.identity.Role;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.ReorderPolicies;
import dev.focal.procurement.PurchaseOrderStatus;
import dev.focal.procurement.PurchaseOrders;
import dev.focal.procurement.ReorderProposalStatus;
import dev.focal.procurement.ReorderProposals;
import dev.focal.procurement.SupplierDraft;
import dev.focal.procurement.SupplierItemDraft;
import dev.focal.procurement.Suppliers;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReorderProposalsViewTest extends KaribuTest {

    @Autowired
    Catalog catalog;

    @Autowired
    Suppliers suppliers;

    @Autowired
    ReorderPolicies policies;

    @Autowired
    ReorderProposals proposals;

    @Autowired
    PurchaseOrders orders;

    String sku;
    String supplier;

    @BeforeEach
    void skuBelowItsReorderPoint() {
        signInAs("proposal-setup", Role.ADMIN);
        sku = InventoryFixtures.newSku(catalog, "RQ");
        supplier = suppliers.create(new SupplierDraft(InventoryFixtures.unique("RQS").substring(0, 12),
                "Proposals " + sku, "orders@proposals.example", null, null, "Road 2\n80331 Munich", "EUR",
                "14 days net", 4, BigDecimal.ZERO, 0, true));
        suppliers.saveItem(supplier, new SupplierItemDraft(sku, "P-" + sku, new BigDecimal("3.50"), 5, 10, null), null);
        policies.save(sku, "WH1", 2, 5, 10, null, null);
        signInAs("proposal-buyer", Role.BUYER);
    }

    ReorderProposalCard generateAndFindCard() {
        UI.getCurrent().navigate(ReorderProposalsView.class);
        _click(_get(ReorderProposalsView.class).generate);
        return _find(ReorderProposalCard.class).stream()
                .filter(card -> card.proposal().supplierCode().equals(supplier)).findFirst().orElseThrow();
    }

    @Test
    void a_buyer_corrects_a_quantity_and_accepts_the_proposal_into_a_draft_po() {
        var card = generateAndFindCard();
        var line = card.proposal().lines().stream().filter(l -> l.sku().equals(sku)).findFirst().orElseThrow();
        assertThat(line.locationCode()).isEqualTo("WH1");
        assertThat(line.suggested()).isEqualTo(10);
        assertThat(line.math()).isNotBlank();
        assertThat(card.title.getText()).startsWith(supplier);

        var quantity = card.quantities.get(line.id());
        quantity.setValue(7);
        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).contains("packs of 5").contains("order 10 instead of 7");
        assertThat(proposals.get(card.proposal().id()).lines().getFirst().quantity()).isEqualTo(10);

        quantity = card.quantities.get(line.id());
        quantity.setValue(15);
        assertThat(proposals.get(card.proposal().id()).lines()).singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualTo(15));

        _click(card.accept);

        var po = _get(PurchaseOrderView.class);
        var details = orders.get(po.title.getText());
        assertThat(details.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
        assertThat(details.supplier().code()).isEqualTo(supplier);
        assertThat(details.author()).isEqualTo("proposal-buyer");
        assertThat(details.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo(sku);
            assertThat(l.ordered()).isEqualTo(15);
            assertThat(l.unitCost()).isEqualByComparingTo("3.50");
        });
        assertThat(proposals.get(card.proposal().id()).status()).isEqualTo(ReorderProposalStatus.ACCEPTED);
    }

    @Test
    void a_snoozed_proposal_leaves_the_open_list() {
        var card = generateAndFindCard();
        var id = card.proposal().id();
        card.snoozeUntil.setValue(LocalDate.now().plusDays(10));

        _click(card.snooze);

        var snoozed = proposals.get(id);
        assertThat(snoozed.status()).isEqualTo(ReorderProposalStatus.SNOOZED);
        assertThat(snoozed.snoozedUntil()).isEqualTo(LocalDate.now().plusDays(10));
        assertThat(_find(ReorderProposalCard.class)).noneMatch(c -> c.proposal().id().equals(id));
    }
}
