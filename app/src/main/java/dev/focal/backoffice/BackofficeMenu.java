package dev.focal.backoffice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every entry of the side navigation, grouped by {@link Area}. Each later capability adds its screens here;
 * who sees an entry follows from the view's own access annotation.
 */
final class BackofficeMenu {

    record Entry(@Nullable Area area, String title, Class<? extends Component> view, VaadinIcon icon) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry(null, "Home", HomeView.class, VaadinIcon.HOME),
            new Entry(Area.CUSTOMERS, "Customers", CustomersView.class, VaadinIcon.FAMILY),
            new Entry(Area.CUSTOMERS, "Rx verification", RxVerificationQueueView.class, VaadinIcon.CLIPBOARD_CHECK),
            new Entry(Area.CUSTOMERS, "Feasibility check", FeasibilityView.class, VaadinIcon.GLASSES),
            new Entry(Area.CATALOG, "Products", ProductsView.class, VaadinIcon.GLASSES),
            new Entry(Area.CATALOG, "Catalog import", CatalogImportView.class, VaadinIcon.FILE_TABLE),
            new Entry(Area.PRICING, "Price lists", PriceListsView.class, VaadinIcon.MONEY),
            new Entry(Area.PRICING, "Promotions", PromotionsView.class, VaadinIcon.GIFT),
            new Entry(Area.PRICING, "Coupons", CouponsView.class, VaadinIcon.TICKET),
            new Entry(Area.PRICING, "Rx surcharges", RxSurchargesView.class, VaadinIcon.EYE),
            new Entry(Area.PRICING, "Tax rates", TaxRatesView.class, VaadinIcon.SCALE),
            new Entry(Area.PRICING, "Price preview", PricePreviewView.class, VaadinIcon.CALC),
            new Entry(Area.INVENTORY, "Stock overview", StockOverviewView.class, VaadinIcon.STOCK),
            new Entry(Area.INVENTORY, "Stock lookup", StockLookupView.class, VaadinIcon.BARCODE),
            new Entry(Area.INVENTORY, "Transfers", TransfersView.class, VaadinIcon.TRUCK),
            new Entry(Area.INVENTORY, "Reorder policies", ReorderPoliciesView.class, VaadinIcon.CHART_LINE),
            new Entry(Area.PURCHASING, "Suppliers", SuppliersView.class, VaadinIcon.BUILDING),
            new Entry(Area.PURCHASING, "Purchase orders", PurchaseOrdersView.class, VaadinIcon.CART),
            new Entry(Area.PURCHASING, "Reorder proposals", ReorderProposalsView.class, VaadinIcon.LIGHTBULB),
            new Entry(Area.PURCHASING, "Supplier performance", SupplierPerformanceView.class, VaadinIcon.BAR_CHART),
            new Entry(Area.WAREHOUSE, "Receiving", ReceivingView.class, VaadinIcon.PACKAGE),
            new Entry(Area.WAREHOUSE, "Putaway", PutawayView.class, VaadinIcon.INBOX),
            new Entry(Area.WAREHOUSE, "Cycle counts", CountsView.class, VaadinIcon.CLIPBOARD_CHECK),
            new Entry(Area.WAREHOUSE, "Locations and labels", LocationsView.class, VaadinIcon.PRINT),
            new Entry(Area.ADMIN, "Staff users", StaffUsersView.class, VaadinIcon.USERS),
            new Entry(Area.ADMIN, "Audit trail", AuditTrailView.class, VaadinIcon.RECORDS),
            new Entry(Area.ADMIN, "Background jobs", JobsView.class, VaadinIcon.COGS),
            new Entry(Area.ADMIN, "Message log", MessageLogView.class, VaadinIcon.ENVELOPES),
            new Entry(null, "My account", MyAccountView.class, VaadinIcon.USER));

    private BackofficeMenu() {
    }

    /** The entries the signed-in user may open, in menu order. */
    static List<Entry> visible() {
        return ENTRIES.stream().filter(entry -> StaffAccess.canOpen(entry.view())).toList();
    }
}
