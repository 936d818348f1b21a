package dev.focal.storefront.catalog;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Formats amounts in the shop's currency, like {@code €129.90}. */
@Component
class PriceFormat {

    private final Currency currency;

    PriceFormat(@Value("${focal.shop.currency:EUR}") String currency) {
        this.currency = Currency.getInstance(currency);
    }

    Currency currency() {
        return currency;
    }

    String format(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setCurrency(currency);
        return format.format(amount);
    }
}
