package dev.focal.pricing;

import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A promotion as data: what it gives ({@link Effect}), to which lines and orders ({@link Conditions}), when,
 * its priority (higher first) and whether it combines with others. With a coupon code it applies only when
 * that code is entered and the coupon is valid.
 */
public record Promotion(String id, String name, Effect effect, Conditions conditions, Instant startsAt,
                        @Nullable Instant endsAt, int priority, Stacking stacking, @Nullable String couponCode) {

    public Promotion {
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A promotion must end after it starts.");
        }
    }

    /** Exclusive promotions never combine with another; combinable ones combine with each other. */
    public enum Stacking {
        EXCLUSIVE,
        COMBINABLE
    }

    /** What a promotion gives. */
    public sealed interface Effect {
    }

    /** A percentage off each qualifying line. */
    public record PercentOff(BigDecimal percent) implements Effect {
        public PercentOff {
            if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("A percentage off lies between 0 and 100.");
            }
        }
    }

    /** A fixed amount off the qualifying lines together, shared out in proportion to their amounts. */
    public record AmountOff(Money amount) implements Effect {
        public AmountOff {
            if (amount.isNegative() || amount.isZero()) {
                throw new IllegalArgumentException("An amount off must be more than zero.");
            }
        }
    }

    /** Qualifying lines cost this much per unit (never more than they did). */
    public record FixedPrice(Money unitPrice) implements Effect {
        public FixedPrice {
            if (unitPrice.isNegative()) {
                throw new IllegalArgumentException("A fixed price cannot be negative.");
            }
        }
    }

    /**
     * Buy {@code buy}, get {@code get} at {@code percentOff}: among the qualifying units, dearest first, each
     * full group of buy + get units gives the discount on its {@code get} cheapest units. "Second pair at
     * 50 %" is buy 1, get 1 at 50.
     */
    public record BuyXGetY(int buy, int get, BigDecimal percentOff) implements Effect {
        public BuyXGetY {
            if (buy < 1 || get < 1) {
                throw new IllegalArgumentException("Buy and get need at least one unit each.");
            }
            if (percentOff.signum() <= 0 || percentOff.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("A percentage off lies between 0 and 100.");
            }
        }
    }

    /** A coating for free on qualifying lines whose lenses have it. */
    public record FreeCoating(String coating) implements Effect {
    }

    /** Which lines and orders qualify; an empty set means "any". */
    public record Conditions(Set<String> categories, Set<String> brands, Set<String> products,
                             @Nullable Money minimumSubtotal, Set<String> customerGroups, Set<Channel> channels) {

        public Conditions {
            categories = Set.copyOf(categories);
            brands = Set.copyOf(brands);
            products = Set.copyOf(products);
            customerGroups = Set.copyOf(customerGroups);
            channels = Set.copyOf(channels);
        }

        public static Conditions any() {
            return new Conditions(Set.of(), Set.of(), Set.of(), null, Set.of(), Set.of());
        }

        boolean qualifies(PricingLine line) {
            return (categories.isEmpty() || categories.contains(line.category()))
                    && (brands.isEmpty() || brands.contains(line.brand()))
                    && (products.isEmpty() || products.contains(line.productId()));
        }
    }
}
