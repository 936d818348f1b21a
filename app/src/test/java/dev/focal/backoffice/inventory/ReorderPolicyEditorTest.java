package dev.focal.backoffice.inventory;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.identity.Role;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.ReorderPolicies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReorderPolicyEditorTest extends KaribuTest {

    @Autowired
    Catalog catalog;

    @Autowired
    ReorderPolicies policies;

    String sku;

    @BeforeEach
    void newSku() {
        signInAs("policy-admin", Role.ADMIN);
        sku = InventoryFixtures.newSku(catalog, "RP");
        signInAs("policy-buyer", Role.BUYER);
    }

    ReorderPolicyDialog openAdd() {
        UI.getCurrent().navigate(ReorderPoliciesView.class);
        _click(_get(ReorderPoliciesView.class).add);
        return _get(ReorderPolicyDialog.class);
    }

    @Test
    void a_reorder_point_below_the_safety_stock_is_shown_at_its_field_and_nothing_is_saved() {
        var dialog = openAdd();
        dialog.sku.setValue(sku.toLowerCase());
        assertThat(dialog.sku.getValue()).isEqualTo(sku);
        assertThat(dialog.sku.getHelperText()).contains("Test item " + sku);
        dialog.location.setValue(dialog.location.getListDataView().getItems()
                .filter(l -> l.code().equals("WH1")).findFirst().orElseThrow());
        assertThat(dialog.stock.getText()).isEqualTo("No stock of " + sku + " at WH1 yet.");
        dialog.safetyStock.setValue(5);
        dialog.reorderPoint.setValue(2);
        dialog.reorderQuantity.setValue(20);
        _click(dialog.save);

        assertThat(dialog.reorderPoint.isInvalid()).isTrue();
        assertThat(dialog.reorderPoint.getErrorMessage())
                .isEqualTo("The reorder point cannot be below the safety stock (5).");
        assertThat(_find(ReorderPolicyDialog.class)).containsExactly(dialog);
        assertThat(policies.find(sku, "WH1")).isEmpty();

        dialog.reorderPoint.setValue(8);
        _click(dialog.save);

        assertThat(_find(ReorderPolicyDialog.class)).isEmpty();
        assertThat(policies.find(sku, "WH1")).hasValueSatisfying(p -> {
            assertThat(p.reorderPoint()).isEqualTo(8);
            assertThat(p.reorderQuantity()).isEqualTo(20);
            assertThat(p.maxQuantity()).isNull();
        });
        var view = _get(ReorderPoliciesView.class);
        view.search.setValue(sku);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).sku()).isEqualTo(sku);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("WH1", "20 at a time");
    }

    @Test
    void an_unknown_sku_is_shown_at_the_sku_field() {
        var dialog = openAdd();
        dialog.sku.setValue("NO-SUCH-SKU-4711");

        assertThat(dialog.sku.isInvalid()).isTrue();
        assertThat(dialog.sku.getErrorMessage()).isEqualTo("No SKU or barcode NO-SUCH-SKU-4711 in the catalog.");
        dialog.reorderPoint.setValue(3);
        dialog.mode.setValue(ReorderPolicyDialog.Mode.MIN_MAX);
        dialog.maxQuantity.setValue(2);
        _click(dialog.save);
        assertThat(_find(ReorderPolicyDialog.class)).containsExactly(dialog);
    }

    @Test
    void a_maximum_not_above_the_reorder_point_is_shown_at_the_maximum() {
        var dialog = openAdd();
        dialog.sku.setValue(sku);
        dialog.reorderPoint.setValue(6);
        dialog.mode.setValue(ReorderPolicyDialog.Mode.MIN_MAX);
        assertThat(dialog.reorderQuantity.isVisible()).isFalse();
        dialog.maxQuantity.setValue(6);
        _click(dialog.save);

        assertThat(dialog.maxQuantity.isInvalid()).isTrue();
        assertThat(dialog.maxQuantity.getErrorMessage()).isEqualTo("The maximum must be above the reorder point (6).");
    }

    @Test
    void a_save_over_someone_elses_change_is_refused_and_the_dialog_stays_open() {
        policies.save(sku, "WH1", 1, 4, 10, null, null);
        UI.getCurrent().navigate(ReorderPoliciesView.class);
        var view = _get(ReorderPoliciesView.class);
        view.search.setValue(sku);
        GridKt._clickItem(view.grid, 0);
        var dialog = _get(ReorderPolicyDialog.class);
        assertThat(dialog.reorderPoint.getValue()).isEqualTo(4);
        assertThat(dialog.sku.isReadOnly()).isTrue();

        policies.save(sku, "WH1", 2, 5, 10, null, 0L);
        dialog.reorderPoint.setValue(7);
        _click(dialog.save);

        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .startsWith("The reorder policy of " + sku + " at WH1 was changed by someone else"));
        assertThat(_find(ReorderPolicyDialog.class)).containsExactly(dialog);
        assertThat(policies.find(sku, "WH1").orElseThrow().reorderPoint()).isEqualTo(5);
    }

    @Test
    void warehouse_staff_read_policies_but_cannot_change_them() {
        policies.save(sku, "WH1", 1, 4, null, 12, null);
        signInAs("policy-warehouse", Role.WAREHOUSE);
        UI.getCurrent().navigate(ReorderPoliciesView.class);
        var view = _get(ReorderPoliciesView.class);
        view.search.setValue(sku);

        assertThat(view.add.isVisible()).isFalse();
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("up to 12");
        GridKt._clickItem(view.grid, 0);
        var dialog = _get(ReorderPolicyDialog.class);
        assertThat(dialog.save.isVisible()).isFalse();
        assertThat(dialog.reorderPoint.isReadOnly()).isTrue();
    }
}
