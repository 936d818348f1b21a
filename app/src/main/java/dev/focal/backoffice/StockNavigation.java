package dev.focal.backoffice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Where the stock screens live and the little texts they share: the lookup takes the SKU or bin to show as
 * {@code ?code=}, the putaway screen the SKU to start with as {@code ?sku=}.
 */
final class StockNavigation {

    static final String CODE = "code";
    static final String SKU = "sku";
    /** Lots expiring within this many days are marked as near expiry. */
    static final int NEAR_EXPIRY_DAYS = 60;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private StockNavigation() {
    }

    static void toLookup(String code) {
        UI.getCurrent().navigate(StockLookupView.class, QueryParameters.of(CODE, code));
    }

    static void toPutaway(String sku) {
        UI.getCurrent().navigate(PutawayView.class, QueryParameters.of(SKU, sku));
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    static String signed(int quantity) {
        return quantity > 0 ? "+" + quantity : String.valueOf(quantity);
    }

    static String lot(@Nullable String lot) {
        return lot == null || lot.isEmpty() ? "—" : lot;
    }

    static boolean nearExpiry(@Nullable LocalDate expiresOn, LocalDate today) {
        return expiresOn != null && !expiresOn.isAfter(today.plusDays(NEAR_EXPIRY_DAYS));
    }

    /** A Lumo badge: {@code theme} is "success", "error", "contrast" or empty. */
    static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add(theme.isEmpty() ? "badge" : "badge " + theme);
        return badge;
    }

    /** True for staff who change stock: warehouse staff and admins. */
    static boolean keepsStock() {
        return StaffAccess.hasRole("WAREHOUSE") || StaffAccess.hasRole("ADMIN");
    }
}
