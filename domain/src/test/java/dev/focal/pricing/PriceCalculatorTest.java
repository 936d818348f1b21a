package dev.focal.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.pricing.Promotion.AmountOff;
import dev.focal.pricing.Promotion.BuyXGetY;
import dev.focal.pricing.Promotion.Conditions;
import dev.focal.pricing.Promotion.FixedPrice;
import dev.focal.pricing.Promotion.FreeCoating;
import dev.focal.pricing.Promotion.PercentOff;
import dev.focal.pricing.Promotion.Stacking;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final Instant LAST_MONTH = Instant.parse("2026-10-24T12:00:00Z");
    final PriceCalculator calculator = new PriceCalculator();

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static PricingLine frame(String id, String sku, String brand, int quantity) {
        return new PricingLine(id, sku, "model-" + sku, brand, "eyeglasses", "standard", quantity, null);
    }

    static PricingLine glasses(String id, String sku, RxFacts rx, String... coatings) {
        return new PricingLine(id, sku, "model-" + sku, "Lumen", "eyeglasses", "standard", 1,
                new LensChoice("sv-classic", "1.60", Set.of(coatings), rx));
    }

    static PricingRequest request(List<PricingLine> lines, String... coupons) {
        return new PricingRequest(lines, Channel.WEB, null, "cust-1", Set.of(coupons), "DE", NOW);
    }

    static Promotion promotion(String id, Promotion.Effect effect, int priority, Stacking stacking) {
        return new Promotion(id, id, effect, Conditions.any(), LAST_MONTH, null, priority, stacking, null);
    }

    static final List<TaxRate> GERMAN_VAT = List.of(new TaxRate("standard", "DE", new BigDecimal("19")));

    final TestPriceBook net = new TestPriceBook(false)
            .item("F1", "100.00").item("F2", "60.00").item("F3", "45.50")
            .lens("sv-classic", "1.60", "80.00").coating("sv-classic", "AR", "30.00").coating("sv-classic", "BLUE", "20.00");

    @Test
    void a_pair_of_glasses_adds_frame_lenses_coatings_and_surcharges_with_the_reasons() {
        var rx = new RxFacts(new BigDecimal("-6.50"), new BigDecimal("-2.25"), false, 66);
        var rules = new PricingRules(List.of(), List.of(), List.of(
                new RxSurcharge("s-power", RxSurcharge.Kind.HIGH_POWER, new BigDecimal("6.00"), eur("25.00")),
                new RxSurcharge("s-cyl", RxSurcharge.Kind.HIGH_CYLINDER, new BigDecimal("4.00"), eur("15.00")),
                new RxSurcharge("s-blank", RxSurcharge.Kind.OVERSIZE_BLANK, new BigDecimal("65"), eur("10.00"))),
                GERMAN_VAT);

        var quote = calculator.calculate(request(List.of(glasses("l1", "F1", rx, "AR"))), net, rules);

        var line = quote.lines().getFirst();
        assertThat(line.charges()).extracting(PriceQuote.Charge::amount)
                .containsExactly(eur("100.00"), eur("80.00"), eur("30.00"), eur("25.00"), eur("10.00"));
        assertThat(line.base()).isEqualTo(eur("245.00"));
        assertThat(line.tax()).isEqualTo(eur("46.55"));
        assertThat(quote.total()).isEqualTo(eur("291.55"));
        assertThat(quote.explanation()).anySatisfy(o -> {
            assertThat(o.ruleId()).isEqualTo("s-cyl");
            assertThat(o.applied()).isFalse();
            assertThat(o.reason()).isEqualTo("not cylinder above 4.00 D");
        });
    }

    @Test
    void gross_prices_keep_the_total_and_extract_the_tax() {
        var gross = new TestPriceBook(true).item("F1", "119.00");
        var quote = calculator.calculate(request(List.of(frame("l1", "F1", "Lumen", 1))), gross,
                new PricingRules(List.of(), List.of(), List.of(), GERMAN_VAT));

        assertThat(quote.total()).isEqualTo(eur("119.00"));
        assertThat(quote.netTotal()).isEqualTo(eur("100.00"));
        assertThat(quote.taxTotal()).isEqualTo(eur("19.00"));
    }

    @Test
    void second_pair_at_half_price_discounts_the_cheaper_pair() {
        var deal = promotion("second-pair", new BuyXGetY(1, 1, new BigDecimal("50")), 10, Stacking.COMBINABLE);
        var quote = calculator.calculate(
                request(List.of(frame("l1", "F2", "Lumen", 1), frame("l2", "F1", "Lumen", 1))), net,
                new PricingRules(List.of(deal), List.of(), List.of(), List.of()));

        assertThat(quote.lines().get(0).discounts()).extracting(PriceQuote.AppliedDiscount::amount)
                .containsExactly(eur("30.00"));
        assertThat(quote.lines().get(1).discounts()).isEmpty();
        assertThat(quote.discountTotal()).isEqualTo(eur("30.00"));
    }

    @Test
    void an_exclusive_promotion_of_higher_priority_stops_the_others_and_says_why() {
        var exclusive = promotion("black-friday", new PercentOff(new BigDecimal("30")), 100, Stacking.EXCLUSIVE);
        var combinable = promotion("lumen-10", new PercentOff(new BigDecimal("10")), 50, Stacking.COMBINABLE);
        var quote = calculator.calculate(request(List.of(frame("l1", "F1", "Lumen", 1))), net,
                new PricingRules(List.of(combinable, exclusive), List.of(), List.of(), List.of()));

        assertThat(quote.discountTotal()).isEqualTo(eur("30.00"));
        assertThat(quote.explanation()).anySatisfy(o -> {
            assertThat(o.ruleId()).isEqualTo("lumen-10");
            assertThat(o.applied()).isFalse();
            assertThat(o.reason()).isEqualTo("exclusive promotion black-friday already applies");
        });
    }

    @Test
    void an_exclusive_promotion_of_lower_priority_does_not_join_combinable_ones() {
        var combinable = promotion("lumen-10", new PercentOff(new BigDecimal("10")), 50, Stacking.COMBINABLE);
        var exclusive = promotion("clearance", new PercentOff(new BigDecimal("40")), 10, Stacking.EXCLUSIVE);
        var quote = calculator.calculate(request(List.of(frame("l1", "F1", "Lumen", 1))), net,
                new PricingRules(List.of(combinable, exclusive), List.of(), List.of(), List.of()));

        assertThat(quote.discountTotal()).isEqualTo(eur("10.00"));
        assertThat(quote.explanation()).anySatisfy(o -> {
            assertThat(o.ruleId()).isEqualTo("clearance");
            assertThat(o.reason()).isEqualTo("exclusive, and lumen-10 already applies");
        });
    }

    @Test
    void an_amount_off_is_shared_exactly_to_the_cent() {
        var off = promotion("ten-off", new AmountOff(eur("10.00")), 1, Stacking.COMBINABLE);
        var quote = calculator.calculate(request(List.of(frame("l1", "F3", "Lumen", 1), frame("l2", "F3", "Lumen", 1),
                frame("l3", "F3", "Lumen", 1))), net, new PricingRules(List.of(off), List.of(), List.of(), List.of()));

        assertThat(quote.discountTotal()).isEqualTo(eur("10.00"));
        assertThat(quote.lines()).extracting(l -> l.discounts().getFirst().amount())
                .containsExactly(eur("3.34"), eur("3.33"), eur("3.33"));
    }

    @Test
    void coupons_are_checked_and_a_coupon_promotion_needs_its_code() {
        var couponPromo = new Promotion("welcome", "Welcome 15 %", new PercentOff(new BigDecimal("15")),
                Conditions.any(), LAST_MONTH, null, 5, Stacking.COMBINABLE, "WELCOME15");
        var rules = new PricingRules(List.of(couponPromo), List.of(
                new Coupon("WELCOME15", 100, 1, null, 10, 0),
                new Coupon("USEDUP", 5, null, null, 5, 0),
                new Coupon("OLD", null, null, LAST_MONTH, 0, 0)), List.of(), List.of());
        var line = List.of(frame("l1", "F1", "Lumen", 1));

        assertThat(calculator.calculate(request(line), net, rules).discountTotal()).isEqualTo(eur("0.00"));
        var withCoupon = calculator.calculate(request(line, " welcome15 "), net, rules);
        assertThat(withCoupon.discountTotal()).isEqualTo(eur("15.00"));

        var refused = calculator.calculate(request(line, "USEDUP", "OLD", "NOPE"), net, rules);
        assertThat(refused.explanation()).extracting(PriceQuote.RuleOutcome::reason)
                .contains("coupon USEDUP has been used up", "coupon OLD expired", "unknown coupon code",
                        "needs a valid coupon WELCOME15");
    }

    @Test
    void fixed_price_and_free_coating_never_raise_a_price() {
        var fixed = promotion("fixed-80", new FixedPrice(eur("80.00")), 2, Stacking.COMBINABLE);
        var coating = promotion("free-ar", new FreeCoating("AR"), 1, Stacking.COMBINABLE);
        var rx = new RxFacts(BigDecimal.ONE, BigDecimal.ZERO, false, 60);
        var quote = calculator.calculate(request(List.of(frame("cheap", "F2", "Lumen", 1),
                glasses("pair", "F3", rx, "AR", "BLUE"))), net,
                new PricingRules(List.of(fixed, coating), List.of(), List.of(), List.of()));

        assertThat(quote.lines().get(0).discounts()).isEmpty();
        // 45.50 frame + 80 lenses + 30 AR + 20 blue filter = 175.50; fixed price 80 first (higher priority):
        // 175.50 - 80.00 = 95.50 off. The free AR coating combines with it and takes what is left of the coating:
        // 30.00 x 80.00 / 175.50 = 13.675... = 13.68, leaving 80.00 - 13.68 = 66.32.
        assertThat(quote.lines().get(1).discounts()).extracting(PriceQuote.AppliedDiscount::amount)
                .containsExactly(eur("95.50"), eur("13.68"));
        assertThat(quote.lines().get(1).discounted()).isEqualTo(eur("66.32"));
        assertThat(quote.explanation()).anySatisfy(o -> {
            assertThat(o.ruleId()).isEqualTo("fixed-80");
            assertThat(o.reason()).isEqualTo("fixed price EUR 80.00 per unit on 2 line(s): EUR 95.50 off");
        });
    }

    /** A 90 EUR pair: 40 frame + 20 lenses + 30 AR coating. */
    final TestPriceBook ninetyEuroPair = new TestPriceBook(false)
            .item("F9", "40.00").lens("sv-classic", "1.60", "20.00").coating("sv-classic", "AR", "30.00");
    final RxFacts weakRx = new RxFacts(BigDecimal.ONE, BigDecimal.ZERO, false, 60);

    @Test
    void a_free_coating_after_a_percent_off_takes_only_what_is_left_of_the_coating() {
        var percent = promotion("minus-77", new PercentOff(new BigDecimal("77")), 2, Stacking.COMBINABLE);
        var coating = promotion("free-ar", new FreeCoating("AR"), 1, Stacking.COMBINABLE);
        var quote = calculator.calculate(request(List.of(glasses("pair", "F9", weakRx, "AR"))), ninetyEuroPair,
                new PricingRules(List.of(percent, coating), List.of(), List.of(), List.of()));

        // 77 % of 90.00 = 69.30, leaving 20.70 of the pair; the coating took its share: 30.00 x 20.70 / 90.00
        // = 6.90 is left of it, and that is what "free AR" gives. 69.30 + 6.90 = 76.20 off, 13.80 to pay
        // (it used to take the coating's full 30.00 out of the 20.70 and make the pair free).
        assertThat(quote.lines().getFirst().discounts()).extracting(PriceQuote.AppliedDiscount::promotionId,
                PriceQuote.AppliedDiscount::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("minus-77", eur("69.30")),
                org.assertj.core.groups.Tuple.tuple("free-ar", eur("6.90")));
        assertThat(quote.discountTotal()).isEqualTo(eur("76.20"));
        assertThat(quote.total()).isEqualTo(eur("13.80"));
    }

    @Test
    void a_free_coating_before_a_percent_off_gives_the_same_as_after_it() {
        var coating = promotion("free-ar", new FreeCoating("AR"), 2, Stacking.COMBINABLE);
        var percent = promotion("minus-77", new PercentOff(new BigDecimal("77")), 1, Stacking.COMBINABLE);
        var quote = calculator.calculate(request(List.of(glasses("pair", "F9", weakRx, "AR"))), ninetyEuroPair,
                new PricingRules(List.of(percent, coating), List.of(), List.of(), List.of()));

        // The whole 30.00 coating is free first, leaving 60.00; 77 % of 60.00 = 46.20. 30.00 + 46.20 = 76.20 off,
        // 13.80 to pay: the same as in the other order.
        assertThat(quote.lines().getFirst().discounts()).extracting(PriceQuote.AppliedDiscount::promotionId,
                PriceQuote.AppliedDiscount::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("free-ar", eur("30.00")),
                org.assertj.core.groups.Tuple.tuple("minus-77", eur("46.20")));
        assertThat(quote.discountTotal()).isEqualTo(eur("76.20"));
        assertThat(quote.total()).isEqualTo(eur("13.80"));
    }

    @Test
    void a_coating_made_free_once_is_not_made_free_again() {
        var first = promotion("free-ar", new FreeCoating("AR"), 2, Stacking.COMBINABLE);
        var second = promotion("ar-on-us", new FreeCoating("AR"), 1, Stacking.COMBINABLE);
        var quote = calculator.calculate(request(List.of(glasses("pair", "F9", weakRx, "AR"))), ninetyEuroPair,
                new PricingRules(List.of(first, second), List.of(), List.of(), List.of()));

        assertThat(quote.discountTotal()).isEqualTo(eur("30.00"));
        assertThat(quote.explanation()).anySatisfy(o -> {
            assertThat(o.ruleId()).isEqualTo("ar-on-us");
            assertThat(o.applied()).isFalse();
            assertThat(o.reason()).isEqualTo("gives no discount on these lines");
        });
    }

    @Test
    void promotions_respect_window_channel_group_and_minimum() {
        var future = new Promotion("future", "Future", new PercentOff(BigDecimal.TEN), Conditions.any(),
                NOW.plusSeconds(60), null, 1, Stacking.COMBINABLE, null);
        var storeOnly = new Promotion("store", "Store", new PercentOff(BigDecimal.TEN),
                new Conditions(Set.of(), Set.of(), Set.of(), null, Set.of(), Set.of(Channel.STORE)), LAST_MONTH, null, 1,
                Stacking.COMBINABLE, null);
        var vip = new Promotion("vip", "VIP", new PercentOff(BigDecimal.TEN),
                new Conditions(Set.of(), Set.of(), Set.of(), null, Set.of("vip"), Set.of()), LAST_MONTH, null, 1,
                Stacking.COMBINABLE, null);
        var big = new Promotion("big", "Big baskets", new PercentOff(BigDecimal.TEN),
                new Conditions(Set.of(), Set.of(), Set.of(), eur("150.00"), Set.of(), Set.of()), LAST_MONTH, null, 1,
                Stacking.COMBINABLE, null);
        var quote = calculator.calculate(request(List.of(frame("l1", "F1", "Lumen", 1))), net,
                new PricingRules(List.of(future, storeOnly, vip, big), List.of(), List.of(), List.of()));

        assertThat(quote.discountTotal()).isEqualTo(eur("0.00"));
        assertThat(quote.explanation()).extracting(PriceQuote.RuleOutcome::reason).contains(
                "starts 2026-11-24T12:01:00Z", "not offered in channel WEB", "only for customer group(s) vip",
                "qualifying subtotal EUR 100.00 is below the minimum EUR 150.00");
    }

    @Test
    void a_missing_price_is_an_error_not_a_zero() {
        assertThatThrownBy(() -> calculator.calculate(request(List.of(frame("l1", "NOPE", "Lumen", 1))), net,
                PricingRules.none())).isInstanceOf(NoPriceException.class)
                .hasMessage("No price for SKU NOPE in price list test-web-eur.");
    }
}
