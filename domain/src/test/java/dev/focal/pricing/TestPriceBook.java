package dev.focal.pricing;

import dev.focal.shared.Money;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An in-memory price book for calculator tests. */
final class TestPriceBook implements PriceBook {

    private final Currency currency = Currency.getInstance("EUR");
    private final boolean gross;
    private final Map<String, Money> items = new HashMap<>();
    private final Map<String, Money> lenses = new HashMap<>();
    private final Map<String, Money> coatings = new HashMap<>();

    TestPriceBook(boolean gross) {
        this.gross = gross;
    }

    TestPriceBook item(String sku, String amount) {
        items.put(sku, Money.of(amount, "EUR"));
        return this;
    }

    TestPriceBook lens(String product, String index, String amount) {
        lenses.put(product + "/" + index, Money.of(amount, "EUR"));
        return this;
    }

    TestPriceBook coating(String product, String coating, String amount) {
        coatings.put(product + "/" + coating, Money.of(amount, "EUR"));
        return this;
    }

    @Override
    public String id() {
        return "test-web-eur";
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
        return Optional.ofNullable(items.get(sku));
    }

    @Override
    public Optional<Money> lensPrice(String lensProductId, String index) {
        return Optional.ofNullable(lenses.get(lensProductId + "/" + index));
    }

    @Override
    public Optional<Money> coatingPrice(String lensProductId, String coating) {
        return Optional.ofNullable(coatings.get(lensProductId + "/" + coating));
    }
}
