package dev.focal.backoffice.procurement;

import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Where the purchasing screens live: the URL names the supplier or purchase order shown. */
public final class ProcurementNavigation {

    private ProcurementNavigation() {
    }

    public static void toSuppliers() {
        UI.getCurrent().navigate(SuppliersView.class);
    }

    public static void toSupplier(String code) {
        UI.getCurrent().navigate(SupplierEditorView.class, new RouteParameters("code", code));
    }

    public static void toNewSupplier() {
        toSupplier(SupplierEditorView.NEW);
    }

    public static void toPurchaseOrders() {
        UI.getCurrent().navigate(PurchaseOrdersView.class);
    }

    public static void toPurchaseOrder(String number) {
        UI.getCurrent().navigate(PurchaseOrderView.class, new RouteParameters("number", number));
    }

    public static RouterLink purchaseOrdersLink(String text) {
        return new RouterLink(text, PurchaseOrdersView.class);
    }

    /** A link to this purchase order, where it is approved, sent or received. */
    public static RouterLink purchaseOrderLink(String text, String number) {
        return new RouterLink(text, PurchaseOrderView.class, new RouteParameters("number", number));
    }

    public static RouterLink reorderProposalsLink(String text) {
        return new RouterLink(text, ReorderProposalsView.class);
    }
}
