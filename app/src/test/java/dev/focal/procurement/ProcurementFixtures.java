package dev.focal.procurement;

import dev.focal.catalog.Catalog;
import dev.focal.inventory.InventoryFixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Suppliers, items and purchase orders of their own for tests that share one database with the demo data. */
final class ProcurementFixtures {

    private ProcurementFixtures() {
    }

    /** A new supplier (EUR, 7 days lead time) with the given minimum order value and tolerance; returns its code. */
    static String newSupplier(Suppliers suppliers, String prefix, String minimumOrderValue, int tolerancePercent) {
        String code = InventoryFixtures.unique(prefix);
        return suppliers.create(new SupplierDraft(code, "Supplier " + code, code.toLowerCase() + "@supplier.example",
                "+49 30 1234", "Alex Contact", "Supplier " + code + "\nTeststraße 1\n10115 Berlin", "EUR", "30 days net",
                7, new BigDecimal(minimumOrderValue), tolerancePercent, true));
    }

    /** A new catalog SKU the supplier sells at the unit cost (pack 1, minimum 1); the caller must be an admin. */
    static String newItem(Suppliers suppliers, Catalog catalog, String supplier, String unitCost) {
        String sku = InventoryFixtures.newSku(catalog, "PO");
        suppliers.saveItem(supplier, new SupplierItemDraft(sku, "S-" + sku, new BigDecimal(unitCost), 1, 1, null), null);
        return sku;
    }

    /** A PO with the lines, submitted, approved when needed (by another user) and sent; returns its number. */
    static String sentOrder(PurchaseOrders orders, String supplier, String location, List<PurchaseOrderLineDraft> lines) {
        String number = orders.create(supplier, location, null, "test order");
        orders.setLines(number, orders.get(number).version(), lines);
        orders.submit(number, orders.get(number).version());
        if (orders.get(number).status() == PurchaseOrderStatus.SUBMITTED) {
            as("second-approver", "BUYER", () -> {
                orders.approve(number, orders.get(number).version());
                return null;
            });
        }
        orders.send(number, orders.get(number).version());
        return number;
    }

    static <T> T as(String user, String role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
