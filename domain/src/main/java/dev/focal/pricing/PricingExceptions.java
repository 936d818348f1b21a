package dev.focal.pricing;

import dev.focal.shared.InvalidInput;
import dev.focal.shared.NotFound;
import dev.focal.shared.Refused;
import java.time.Instant;

/** Failures of the pricing context, translated once at the edge. */
public final class PricingExceptions {

    /** The title of a refusal because nothing is priced: no price list, or no price in it. */
    static final String NO_PRICE = "No price";

    private PricingExceptions() {
    }

    /** Price-list codes are unique; field {@code code}. */
    public static final class PriceListCodeTaken extends InvalidInput {
        public PriceListCodeTaken(String code) {
            super("code", "A price list with the code " + code + " exists already.");
        }
    }

    public static final class PriceListNotFound extends NotFound {
        public PriceListNotFound(PriceListId id) {
            super("No price list " + id + ".");
        }
    }

    /** No price list is valid for the channel and currency at that moment. */
    public static final class NoActivePriceList extends Refused {
        public NoActivePriceList(Channel channel, String currency, Instant at) {
            super(NO_PRICE, Kind.CANNOT_PROCESS, "No " + channel + " price list in " + currency + " is valid at " + at + ".");
        }
    }

    /**
     * Input for a pricing rule or price breaks a rule. {@code field} names the part it concerns, as the
     * component of the command record is called ({@code code}, {@code percent}, {@code endsAt}), so a form
     * shows the message at that field.
     */
    public abstract static sealed class InvalidPricingInput extends InvalidInput
            permits InvalidPromotion, InvalidCoupon, InvalidSurcharge, InvalidTaxRate, InvalidPrice {

        InvalidPricingInput(String field, String message) {
            super(field, message);
        }

        @Override
        public String field() {
            return fieldProblems().getFirst().field();
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
    public static final class ChangedBySomeoneElse extends dev.focal.shared.ChangedBySomeoneElse {
        public ChangedBySomeoneElse(String what) {
            super(what + " was changed by someone else since you opened it. Reload it to see their changes, "
                    + "then make yours again.");
        }
    }

    public static final class RuleNotFound extends NotFound {
        public RuleNotFound(String what) {
            super("No " + what + ".");
        }
    }

    /** A coupon cannot be redeemed for an order: unknown, expired or used up (in total or by the customer). */
    public static final class CouponRefused extends Refused {

        private final String code;

        public CouponRefused(String code, String reason) {
            super("Coupon refused", "Coupon " + code + " cannot be used: " + reason + ".");
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
