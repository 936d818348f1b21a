package dev.focal.pricing;

import java.time.Instant;

/** Failures of the pricing context, translated once at the edge. */
public final class PricingExceptions {

    private PricingExceptions() {
    }

    public static final class PriceListCodeTaken extends RuntimeException {
        public PriceListCodeTaken(String code) {
            super("A price list with the code " + code + " exists already.");
        }
    }

    public static final class PriceListNotFound extends RuntimeException {
        public PriceListNotFound(PriceListId id) {
            super("No price list " + id + ".");
        }
    }

    /** No price list is valid for the channel and currency at that moment. */
    public static final class NoActivePriceList extends RuntimeException {
        public NoActivePriceList(Channel channel, String currency, Instant at) {
            super("No " + channel + " price list in " + currency + " is valid at " + at + ".");
        }
    }
}
