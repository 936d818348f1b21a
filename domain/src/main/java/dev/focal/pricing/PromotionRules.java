package dev.focal.pricing;

import dev.focal.pricing.PricingExceptions.InvalidPromotion;
import dev.focal.pricing.Promotion.Conditions;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a promotion draft field by field (the first problem wins, named by its field) and turns it into the
 * normal form that is stored: codes upper-case, texts stripped, and only the parameters its effect uses.
 */
final class PromotionRules {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,39}$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PromotionRules() {
    }

    static PromotionDraft check(PromotionDraft d) {
        String code = d.code() == null ? "" : d.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidPromotion("code", "Use 2 to 40 letters, digits or dashes, like SPRING-20.");
        }
        if (d.name() == null || d.name().isBlank()) {
            throw new InvalidPromotion("name", "Enter a name customers and staff recognise.");
        }
        String name = d.name().strip();
        if (name.length() > 200) {
            throw new InvalidPromotion("name", "Keep the name to 200 characters.");
        }
        if (d.effect() == null) {
            throw new InvalidPromotion("effect", "Choose what the promotion gives.");
        }
        BigDecimal percent = null;
        BigDecimal amount = null;
        Integer buy = null;
        Integer get = null;
        String coating = null;
        switch (d.effect()) {
            case PERCENT_OFF -> percent = percent(d.percent());
            case AMOUNT_OFF -> {
                amount = amount(d.amount());
                if (amount.signum() == 0) {
                    throw new InvalidPromotion("amount", "An amount off must be more than zero.");
                }
            }
            case FIXED_PRICE -> amount = amount(d.amount());
            case BUY_X_GET_Y -> {
                buy = units(d.buy(), "buy", "Enter how many units the customer buys (at least 1).");
                get = units(d.get(), "get", "Enter how many units get the discount (at least 1).");
                percent = percent(d.percent());
            }
            case FREE_COATING -> {
                if (d.coating() == null || d.coating().isBlank()) {
                    throw new InvalidPromotion("coating", "Choose the coating that is free.");
                }
                coating = d.coating().strip();
                if (coating.length() > 64) {
                    throw new InvalidPromotion("coating", "A coating code has at most 64 characters.");
                }
            }
        }
        BigDecimal minimum = d.minimumSubtotal();
        if (minimum != null && (minimum.signum() <= 0 || minimum.scale() > 2 || minimum.precision() - minimum.scale() > 10)) {
            throw new InvalidPromotion("minimumSubtotal", "Enter a minimum above zero, like 150.00, or leave it empty.");
        }
        String currency = null;
        if (amount != null || minimum != null) {
            currency = currency(d.currency(), amount != null ? "The amount needs a currency"
                    : "The minimum subtotal needs a currency");
        }
        if (d.startsAt() == null) {
            throw new InvalidPromotion("startsAt", "Enter when the promotion starts.");
        }
        if (d.endsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            throw new InvalidPromotion("endsAt", "The end must come after the start.");
        }
        if (d.stacking() == null) {
            throw new InvalidPromotion("stacking", "Choose whether the promotion combines with others.");
        }
        if (Math.abs(d.priority()) > 10_000) {
            throw new InvalidPromotion("priority", "Use a priority between -10000 and 10000.");
        }
        String coupon = d.couponCode() == null || d.couponCode().isBlank() ? null
                : d.couponCode().strip().toUpperCase(Locale.ROOT);
        return new PromotionDraft(code, name, d.effect(), percent, amount, currency, buy, get, coating,
                texts(d.categories(), "categories", 20, true), texts(d.brands(), "brands", 100, false),
                texts(d.products(), "products", 64, true), minimum, texts(d.customerGroups(), "customerGroups", 40, false),
                d.channels(), d.startsAt(), d.endsAt(), d.priority(), d.stacking(), coupon, d.enabled());
    }

    /** The calculator's view of a stored promotion; its rule ID is the promotion code. */
    static Promotion toPromotion(PromotionDraft d) {
        Currency currency = d.currency() == null ? null : Currency.getInstance(d.currency());
        Promotion.Effect effect = switch (d.effect()) {
            case PERCENT_OFF -> new Promotion.PercentOff(d.percent());
            case AMOUNT_OFF -> new Promotion.AmountOff(new Money(d.amount(), currency));
            case FIXED_PRICE -> new Promotion.FixedPrice(new Money(d.amount(), currency));
            case BUY_X_GET_Y -> new Promotion.BuyXGetY(d.buy(), d.get(), d.percent());
            case FREE_COATING -> new Promotion.FreeCoating(d.coating());
        };
        var conditions = new Conditions(d.categories(), d.brands(), d.products(),
                d.minimumSubtotal() == null ? null : new Money(d.minimumSubtotal(), currency), d.customerGroups(),
                d.channels());
        return new Promotion(d.code(), d.name(), effect, conditions, d.startsAt(), d.endsAt(), d.priority(),
                d.stacking(), d.couponCode());
    }

    private static BigDecimal percent(@Nullable BigDecimal percent) {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new InvalidPromotion("percent", "Enter a percentage above 0 and at most 100.");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new InvalidPromotion("percent", "Use at most two decimals, like 12.5.");
        }
        return percent;
    }

    private static BigDecimal amount(@Nullable BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new InvalidPromotion("amount", "Enter an amount, like 20.00.");
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 10) {
            throw new InvalidPromotion("amount", "Use at most two decimals and ten digits before the point.");
        }
        return amount;
    }

    private static int units(@Nullable Integer value, String field, String message) {
        if (value == null || value < 1 || value > 99) {
            throw new InvalidPromotion(field, message);
        }
        return value;
    }

    private static String currency(@Nullable String code, String missing) {
        if (code == null || code.isBlank()) {
            throw new InvalidPromotion("currency", missing + ", like EUR.");
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidPromotion("currency", "Use a three-letter currency code such as EUR or USD.");
        }
    }

    private static Set<String> texts(Set<String> values, String field, int maxLength, boolean upper) {
        var result = new LinkedHashSet<String>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String text = upper ? value.strip().toUpperCase(Locale.ROOT) : value.strip();
            if (text.length() > maxLength) {
                throw new InvalidPromotion(field, "\"" + text + "\" is longer than " + maxLength + " characters.");
            }
            result.add(text);
        }
        return result;
    }
}
