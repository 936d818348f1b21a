package dev.focal.pricing;

import dev.focal.shared.Refused;

/** Something in the request has no price in the price book, so nothing can be quoted. */
public class NoPriceException extends Refused {

    public NoPriceException(String what, String priceBookId) {
        super(PricingExceptions.NO_PRICE, Kind.CANNOT_PROCESS, "No price for " + what + " in price list " + priceBookId + ".");
    }
}
