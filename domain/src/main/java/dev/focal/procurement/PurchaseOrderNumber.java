package dev.focal.procurement;

import dev.focal.numbering.DocumentKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A purchase order's number as printed and scanned: "PO-2026-0001" (prefix, year, counter of at least four
 * digits; see {@link dev.focal.numbering.DocumentNumbers}).
 */
public record PurchaseOrderNumber(String value) {

    /** "PO-": what every purchase order number starts with. */
    public static final String PREFIX = DocumentKind.PURCHASE_ORDER.prefix() + "-";

    private static final Pattern FORMAT = Pattern.compile("^" + Pattern.quote(PREFIX) + "[0-9]{4}-[0-9]{4,}$");

    public PurchaseOrderNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A purchase order number looks like " + PREFIX + "2026-0001.");
        }
    }

    /** The number in scanned or typed text (any case, surrounding blanks ignored), if it is one. */
    public static Optional<PurchaseOrderNumber> parse(@Nullable String text) {
        String candidate = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(candidate).matches() ? Optional.of(new PurchaseOrderNumber(candidate)) : Optional.empty();
    }

    /**
     * Whether a scan is meant as a purchase order number (it has the prefix, in any case), even one that is
     * mistyped or unknown: a scanner then says so instead of looking it up as a SKU.
     */
    public static boolean looksLike(@Nullable String text) {
        return text != null && text.toUpperCase(Locale.ROOT).startsWith(PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
