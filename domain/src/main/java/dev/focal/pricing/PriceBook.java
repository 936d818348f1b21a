package dev.focal.pricing;

import dev.focal.shared.Money;
import java.util.Currency;
import java.util.Optional;

/**
 * The prices of one price list (a channel and currency, valid now): item prices per SKU, lens prices per
 * product and index, coating prices per lens product. Prices are either all net or all gross.
 */
public interface PriceBook {

    String id();

    Currency currency();

    boolean pricesIncludeTax();

    Optional<Money> unitPrice(String sku);

    Optional<Money> lensPrice(String lensProductId, String index);

    Optional<Money> coatingPrice(String lensProductId, String coating);
}
