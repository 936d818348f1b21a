package dev.focal.backoffice;

import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import dev.focal.procurement.PurchaseOrderStatus;
import org.jspecify.annotations.Nullable;

/** What the purchasing screens share: who may buy, and how money, dates and badges look. */
final class Purchasing {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private Purchasing() {
    }

    /** Buyers and admins edit suppliers, purchase orders and proposals; other staff read. */
    static boolean canBuy() {
        return StaffAccess.hasRole("BUYER") || StaffAccess.hasRole("ADMIN");
    }

    /** "EUR 1,234.50" */
    static String money(@Nullable BigDecimal amount, @Nullable String currency) {
        if (amount == null) {
            return "—";
        }
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return (currency == null ? "" : currency + " ") + format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String money(dev.focal.shared.Money money) {
        return money(money.amount(), money.currency().getCurrencyCode());
    }

    /** A PO's status as a badge: drafts grey, waiting blue, approved and received green, cancelled red. */
    static Span status(PurchaseOrderStatus status) {
        return badge(status.label(), switch (status) {
            case DRAFT, CLOSED -> "contrast";
            case SUBMITTED, SENT, PARTIALLY_RECEIVED -> "";
            case APPROVED, RECEIVED -> "success";
            case CANCELLED -> "error";
        });
    }

    /** A unit cost keeps up to four decimals: "EUR 2.3750" shows as "EUR 2.375". */
    static String unitCost(@Nullable BigDecimal amount, @Nullable String currency) {
        if (amount == null) {
            return "—";
        }
        BigDecimal shown = amount.stripTrailingZeros();
        if (shown.scale() < 2) {
            shown = shown.setScale(2, RoundingMode.UNNECESSARY);
        }
        return (currency == null ? "" : currency + " ") + shown.toPlainString();
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    /** A small coloured label; {@code theme} is one of Lumo's badge variants (success, error, contrast) or empty. */
    static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add(theme.isEmpty() ? "badge" : "badge " + theme);
        return badge;
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
