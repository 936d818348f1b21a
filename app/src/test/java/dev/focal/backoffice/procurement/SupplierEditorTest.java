package dev.focal.backoffice.procurement;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouteParameters;
import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.identity.Role;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.procurement.SupplierDraft;
import dev.focal.procurement.Suppliers;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SupplierEditorTest extends KaribuTest {

    @Autowired
    Catalog catalog;

    @Autowired
    Suppliers suppliers;

    String sku;
    final String code = InventoryFixtures.unique("KS").substring(0, 11);

    @BeforeEach
    void signIn() {
        signInAs("supplier-admin", Role.ADMIN);
        sku = InventoryFixtures.newSku(catalog, "SI");
        signInAs("supplier-buyer", Role.BUYER);
    }

    @Test
    void a_buyer_adds_a_supplier_with_problems_shown_at_their_fields_then_an_item() {
        UI.getCurrent().navigate(SuppliersView.class);
        _click(_get(SuppliersView.class).add);
        var editor = _get(SupplierEditorView.class);
        assertThat(editor.title.getText()).isEqualTo("New supplier");
        editor.code.setValue(code.toLowerCase());
        editor.name.setValue("Karibu Optics");
        editor.email.setValue("orders@karibu.example");
        editor.currency.setValue("eur");
        editor.overReceiptTolerancePercent.setValue(150);
        _click(editor.save);

        assertThat(editor.address.isInvalid() || editor.overReceiptTolerancePercent.isInvalid()).isTrue();
        assertThat(suppliers.find(code)).isEmpty();
        editor.address.setValue("Hafenstrasse 1\n20457 Hamburg");
        _click(editor.save);
        assertThat(editor.overReceiptTolerancePercent.isInvalid()).isTrue();
        assertThat(editor.overReceiptTolerancePercent.getErrorMessage()).isEqualTo("Enter 0 to 100 percent.");
        assertThat(suppliers.find(code)).isEmpty();

        editor.overReceiptTolerancePercent.setValue(10);
        _click(editor.save);
        editor = _get(SupplierEditorView.class);
        assertThat(editor.title.getText()).isEqualTo(code + " · Karibu Optics");
        assertThat(suppliers.get(code).currency()).isEqualTo("EUR");
        assertThat(editor.code.isReadOnly()).isTrue();
        assertThat(editor.itemsSection.isVisible()).isTrue();

        _click(editor.addItem);
        var item = _get(SupplierItemDialog.class);
        item.sku.setValue(sku);
        assertThat(item.sku.getHelperText()).contains("Test item " + sku);
        item.supplierSku.setValue("K-" + sku);
        item.unitCost.setValue(new BigDecimal("12.3456"));
        item.packSize.setValue(0);
        _click(item.save);
        assertThat(item.packSize.isInvalid()).isTrue();
        assertThat(item.packSize.getErrorMessage()).isEqualTo("A pack holds 1 or more units (1 when sold singly).");

        item.packSize.setValue(6);
        _click(item.save);
        assertThat(_find(SupplierItemDialog.class)).isEmpty();
        assertThat(GridKt._size(editor.items)).isEqualTo(1);
        assertThat(GridKt._get(editor.items, 0).supplierSku()).isEqualTo("K-" + sku);
        assertThat(GridKt._getFormattedRow(editor.items, 0)).contains("EUR 12.3456", "6", "7 d (default)");
    }

    @Test
    void a_save_over_someone_elses_change_keeps_the_typed_values() {
        suppliers.create(new SupplierDraft(code, "Before", "a@b.example", null, null, "Street 1", "EUR", "30 days net",
                7, BigDecimal.ZERO, 0, true));
        UI.getCurrent().navigate(SupplierEditorView.class, new RouteParameters("code", code));
        var editor = _get(SupplierEditorView.class);
        suppliers.update(suppliers.get(code).version(), new SupplierDraft(code, "Theirs", "a@b.example", null, null,
                "Street 1", "EUR", "30 days net", 7, BigDecimal.ZERO, 0, true));

        editor.name.setValue("Mine");
        _click(editor.save);

        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .contains("changed by someone else"));
        assertThat(editor.name.getValue()).isEqualTo("Mine");
        assertThat(suppliers.get(code).name()).isEqualTo("Theirs");
    }

    @Test
    void an_item_is_removed_after_confirmation_and_associates_only_read() {
        suppliers.create(new SupplierDraft(code, "With item", "a@b.example", null, null, "Street 1", "EUR",
                "30 days net", 7, BigDecimal.ZERO, 0, true));
        suppliers.saveItem(code, new dev.focal.procurement.SupplierItemDraft(sku, "X-1", BigDecimal.ONE, 1, 1, 3), null);

        signInAs("supplier-associate", Role.ASSOCIATE);
        UI.getCurrent().navigate(SupplierEditorView.class, new RouteParameters("code", code));
        var reader = _get(SupplierEditorView.class);
        assertThat(reader.save.isVisible()).isFalse();
        assertThat(reader.addItem.isVisible()).isFalse();
        assertThat(reader.name.isReadOnly()).isTrue();
        assertThat(GridKt._getFormattedRow(reader.items, 0)).contains("3 d");

        signInAs("supplier-buyer", Role.BUYER);
        UI.getCurrent().navigate(SuppliersView.class);
        UI.getCurrent().navigate(SupplierEditorView.class, new RouteParameters("code", code));
        var editor = _get(SupplierEditorView.class);
        var remove = (Button) GridKt._getCellComponent(editor.items, 0, "remove");
        _click(remove);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(suppliers.items(code)).isEmpty();
        assertThat(GridKt._size(editor.items)).isZero();
    }
}
