package dev.focal.backoffice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Where the purchasing screens live: the URL names the supplier or purchase order shown. */
final class ProcurementNavigation {

    private ProcurementNavigation() {
    }

    static void toSuppliers() {
        UI.getCurrent().navigate(SuppliersView.class);
    }

    static void toSupplier(String code) {
        UI.getCurrent().navigate(SupplierEditorView.class, new RouteParameters("code", code));
    }

    static void toNewSupplier() {
        toSupplier(SupplierEditorView.NEW);
    }

    static void toPurchaseOrders() {
        UI.getCurrent().navigate(PurchaseOrdersView.class);
    }

    static void toPurchaseOrder(String number) {
        UI.getCurrent().navigate(PurchaseOrderView.class, new RouteParameters("number", number));
    }
}
