package dev.focal.pricing;

import org.jspecify.annotations.Nullable;

/** Which promotions a list shows: matching a text in code or name, and whether disabled ones too. */
public record PromotionFilter(@Nullable String text, boolean includeDisabled) {

    public static PromotionFilter all() {
        return new PromotionFilter(null, true);
    }
}
