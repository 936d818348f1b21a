package dev.focal.backoffice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How the backoffice writes values: dates and times in the server's zone, money with its currency, signed
 * quantities, an em dash for "none", and one way to read an optional text field.
 */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.systemDefault();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DATE_TIME_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
    private static final String NONE = "—";

    private Formats() {
    }

    public static String dateTime(@Nullable Instant instant) {
        return instant == null ? NONE : DATE_TIME.format(instant);
    }

    public static String dateTimeSeconds(@Nullable Instant instant) {
        return instant == null ? NONE : DATE_TIME_SECONDS.format(instant);
    }

    /** "2026-12-07", or a dash. */
    public static String date(@Nullable LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    /** "EUR 1,234.50" */
    public static String money(@Nullable BigDecimal amount, @Nullable String currency) {
        if (amount == null) {
            return NONE;
        }
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return (currency == null ? "" : currency + " ") + format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public static String money(Money money) {
        return money(money.amount(), money.currency().getCurrencyCode());
    }

    /** A unit cost keeps up to four decimals: "EUR 2.3750" shows as "EUR 2.375". */
    public static String unitCost(@Nullable BigDecimal amount, @Nullable String currency) {
        if (amount == null) {
            return NONE;
        }
        BigDecimal shown = amount.stripTrailingZeros();
        if (shown.scale() < 2) {
            shown = shown.setScale(2, RoundingMode.UNNECESSARY);
        }
        return (currency == null ? "" : currency + " ") + shown.toPlainString();
    }

    /** "+3", "-2", "0". */
    public static String signed(int quantity) {
        return quantity > 0 ? "+" + quantity : String.valueOf(quantity);
    }

    /** The text, or a dash when there is none. */
    public static String orDash(@Nullable String text) {
        return text == null || text.isEmpty() ? NONE : text;
    }

    /** What a text field holds, stripped; {@code null} when it is empty or blank. */
    public static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A label and its value as one line of a facts panel (styled by {@code .fact}, {@code .fact-label}). */
    public static Div fact(String label, String value) {
        var name = new Span(label);
        name.addClassName("fact-label");
        var text = new Span(value);
        text.addClassName("fact-value");
        var fact = new Div(name, text);
        fact.addClassName("fact");
        return fact;
    }

    /** A small coloured label; {@code theme} is one of Lumo's badge variants (success, error, contrast) or empty. */
    public static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add(theme.isEmpty() ? "badge" : "badge " + theme);
        return badge;
    }

    /** A grid cell with the SKU in bold and the product description under it. */
    public static <T> LitRenderer<T> skuCell(ValueProvider<T, String> sku, ValueProvider<T, String> description) {
        return LitRenderer.<T>of("<div class=\"sku-cell\"><b>${item.sku}</b><span>${item.description}</span></div>")
                .withProperty("sku", sku).withProperty("description", description);
    }
}
