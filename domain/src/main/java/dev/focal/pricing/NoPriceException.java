package dev.focal.pricing;

/** Something in the request has no price in the price book, so nothing can be quoted. */
public class NoPriceException extends RuntimeException {

    public NoPriceException(String what, String priceBookId) {
        super("No price for " + what + " in price list " + priceBookId + ".");
    }
}
