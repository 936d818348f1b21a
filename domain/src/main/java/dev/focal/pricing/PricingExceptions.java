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

    /**
     * Input for a pricing rule or price breaks a rule. {@code field} names the part it concerns, as the
     * component of the command record is called ({@code code}, {@code percent}, {@code endsAt}), so a form
     * shows the message at that field.
     */
    public abstract static sealed class InvalidPricingInput extends IllegalArgumentException
            permits InvalidPromotion, InvalidCoupon, InvalidSurcharge, InvalidTaxRate, InvalidPrice {

        private final String field;

        InvalidPricingInput(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** A promotion draft breaks a rule; fields are those of {@link PromotionDraft}. */
    public static final class InvalidPromotion extends InvalidPricingInput {
        public InvalidPromotion(String field, String message) {
            super(field, message);
        }
    }

    /** A coupon draft breaks a rule; fields are those of {@link CouponDraft}. */
    public static final class InvalidCoupon extends InvalidPricingInput {
        public InvalidCoupon(String field, String message) {
            super(field, message);
        }
    }

    /** An Rx surcharge draft breaks a rule; fields are those of {@link RxSurchargeDraft}. */
    public static final class InvalidSurcharge extends InvalidPricingInput {
        public InvalidSurcharge(String field, String message) {
            super(field, message);
        }
    }

    /** A tax rate breaks a rule; fields are those of {@link TaxRate}. */
    public static final class InvalidTaxRate extends InvalidPricingInput {
        public InvalidTaxRate(String field, String message) {
            super(field, message);
        }
    }

    /**
     * A price row breaks a rule; fields are {@code sku}, {@code lensProductId}, {@code index}, {@code coating}
     * and {@code price}, and for a price-list header those of {@link CreatePriceList}.
     */
    public static final class InvalidPrice extends InvalidPricingInput {
        public InvalidPrice(String field, String message) {
            super(field, message);
        }
    }

    /** Someone else saved the rule after the editor loaded it; nothing was written. */
    public static final class ChangedBySomeoneElse extends RuntimeException {
        public ChangedBySomeoneElse(String what) {
            super(what + " was changed by someone else since you opened it. Reload it to see their changes, "
                    + "then make yours again.");
        }
    }

    public static final class RuleNotFound extends RuntimeException {
        public RuleNotFound(String what) {
            super("No " + what + ".");
        }
    }

    /** A coupon cannot be redeemed for an order: unknown, expired or used up (in total or by the customer). */
    public static final class CouponRefused extends RuntimeException {

        private final String code;

        public CouponRefused(String code, String reason) {
            super("Coupon " + code + " cannot be used: " + reason + ".");
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
