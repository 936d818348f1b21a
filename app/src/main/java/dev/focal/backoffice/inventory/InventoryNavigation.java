package dev.focal.backoffice.inventory;

import dev.focal.inventory.InventoryAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.focal.backoffice.ui.StaffAccess;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where the inventory and warehouse screens live; the one door other slices use to reach them. The URL is the
 * selection: the lookup takes the SKU or bin as {@code ?code=}, putaway the SKU to start with as {@code ?sku=},
 * a count sheet or transfer its number ({@code counts/CC-2026-0001}, {@code transfers/TR-2026-0001}).
 */
public final class InventoryNavigation {

    static final String CODE = "code";
    static final String SKU = "sku";
    /** Lots expiring within this many days are marked as near expiry. */
    public static final int NEAR_EXPIRY_DAYS = 60;
    /** The location the receiving and putaway screens start at until the user picks another. */
    public static final String DEFAULT_LOCATION = "WH1";

    private InventoryNavigation() {
    }

    public static void toLookup(String code) {
        UI.getCurrent().navigate(StockLookupView.class, QueryParameters.of(CODE, code));
    }

    public static void toPutaway(String sku) {
        UI.getCurrent().navigate(PutawayView.class, QueryParameters.of(SKU, sku));
    }

    public static void toCounts() {
        UI.getCurrent().navigate(CountsView.class);
    }

    public static void toCount(String number) {
        UI.getCurrent().navigate(CountSheetView.class, new RouteParameters("number", number));
    }

    public static void toReview(String number) {
        UI.getCurrent().navigate(CountReviewView.class, new RouteParameters("number", number));
    }

    public static void toTransfers() {
        UI.getCurrent().navigate(TransfersView.class);
    }

    public static void toTransfer(String number) {
        UI.getCurrent().navigate(TransferView.class, new RouteParameters("number", number));
    }

    public static RouterLink stockLink(String text) {
        return new RouterLink(text, StockOverviewView.class);
    }

    /** A link to the stock lookup for this SKU. */
    public static RouterLink lookupLink(String text, String sku) {
        var link = new RouterLink(text, StockLookupView.class);
        link.setQueryParameters(QueryParameters.of(CODE, sku));
        return link;
    }

    public static RouterLink countsLink(String text) {
        return new RouterLink(text, CountsView.class);
    }

    /** A link to the review of this count sheet. */
    public static RouterLink countReviewLink(String text, String number) {
        return new RouterLink(text, CountReviewView.class, new RouteParameters("number", number));
    }

    public static RouterLink transfersLink(String text) {
        return new RouterLink(text, TransfersView.class);
    }

    /** A link to this transfer, where it is dispatched or received. */
    public static RouterLink transferLink(String text, String number) {
        return new RouterLink(text, TransferView.class, new RouteParameters("number", number));
    }

    static boolean nearExpiry(@Nullable LocalDate expiresOn, LocalDate today) {
        return expiresOn != null && !expiresOn.isAfter(today.plusDays(NEAR_EXPIRY_DAYS));
    }

    /** True for staff who change stock: warehouse staff and admins. */
    static boolean keepsStock() {
        return StaffAccess.allows(InventoryAccess.STOCK_KEEPERS);
    }
}
