package dev.focal.pricing;

import dev.focal.shared.Money;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A price book read from a stored price list, one price row per lookup. */
final class StoredPriceBook implements PriceBook {

    private final UUID list;
    private final String code;
    private final Currency currency;
    private final boolean gross;
    private final PriceRows rows;

    StoredPriceBook(PriceList list, PriceRows rows) {
        this.list = list.id().value();
        this.code = list.code();
        this.currency = list.currency();
        this.gross = list.pricesIncludeTax();
        this.rows = rows;
    }

    @Override
    public String id() {
        return code;
    }

    @Override
    public Currency currency() {
        return currency;
    }

    @Override
    public boolean pricesIncludeTax() {
        return gross;
    }

    @Override
    public Optional<Money> unitPrice(String sku) {
        return rows.item(list, key(sku)).map(amount -> new Money(amount, currency));
    }

    @Override
    public Optional<Money> lensPrice(String lensProductId, String index) {
        return rows.lens(list, key(lensProductId), index).map(amount -> new Money(amount, currency));
    }

    @Override
    public Optional<Money> coatingPrice(String lensProductId, String coating) {
        return rows.coating(list, key(lensProductId), coating).map(amount -> new Money(amount, currency));
    }

    /** SKUs and lens product codes are stored upper-case (see {@link PriceLists}). */
    private static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
