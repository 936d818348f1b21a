package dev.focal.pricing;

import dev.focal.pricing.Promotion.Stacking;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A promotion as staff enter it. Which of the effect parameters are needed depends on {@code effect}:
 * {@code percent} for percentage off and buy X get Y ({@code buy}, {@code get}), {@code amount} and
 * {@code currency} for amount off and fixed price, {@code coating} for a free coating. A minimum subtotal is
 * in {@code currency} too. Conditions left empty mean "any": {@code categories} are catalog category names
 * (EYEGLASSES), {@code products} catalog product codes. Checked by {@link Promotions}, which names the field of
 * each problem.
 */
public record PromotionDraft(String code, String name, EffectKind effect, @Nullable BigDecimal percent,
                             @Nullable BigDecimal amount, @Nullable String currency, @Nullable Integer buy,
                             @Nullable Integer get, @Nullable String coating, Set<String> categories,
                             Set<String> brands, Set<String> products, @Nullable BigDecimal minimumSubtotal,
                             Set<String> customerGroups, Set<Channel> channels, Instant startsAt,
                             @Nullable Instant endsAt, int priority, Stacking stacking, @Nullable String couponCode,
                             boolean enabled) {

    public PromotionDraft {
        // absent lists (from a JSON body, say) mean "any", like empty ones
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        brands = brands == null ? Set.of() : Set.copyOf(brands);
        products = products == null ? Set.of() : Set.copyOf(products);
        customerGroups = customerGroups == null ? Set.of() : Set.copyOf(customerGroups);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
    }

    /** The kinds of {@link Promotion.Effect}, as stored. */
    public enum EffectKind {
        PERCENT_OFF("Percentage off"),
        AMOUNT_OFF("Amount off"),
        FIXED_PRICE("Fixed price"),
        BUY_X_GET_Y("Buy X get Y"),
        FREE_COATING("Free coating");

        private final String label;

        EffectKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
