package dev.focal.pricing;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** The calculator's invariants over random carts, promotions and tax settings. */
class PriceCalculatorProperties {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final String[] SKUS = {"F1", "F2", "F3", "F4"};
    static final String[] BRANDS = {"Lumen", "Opta"};
    static final BigDecimal CENT = new BigDecimal("0.01");
    final PriceCalculator calculator = new PriceCalculator();

    record Case(PricingRequest request, TestPriceBook book, PricingRules rules) {
    }

    @Property(tries = 300)
    void totals_are_never_negative_and_discounts_never_exceed_what_they_discount(@ForAll("cases") Case c) {
        var quote = calculator.calculate(c.request(), c.book(), c.rules());

        assertThat(quote.total().isNegative()).isFalse();
        for (var line : quote.lines()) {
            Money given = line.discounts().stream().map(PriceQuote.AppliedDiscount::amount)
                    .reduce(Money.zero(quote.currency()), Money::plus);
            assertThat(given.compareTo(line.base())).isLessThanOrEqualTo(0);
            assertThat(line.discounts()).allSatisfy(d -> assertThat(d.amount().isNegative() || d.amount().isZero()).isFalse());
            assertThat(line.discounted()).isEqualTo(line.base().minus(given));
            assertThat(line.discounted().isNegative()).isFalse();
            assertThat(line.tax().isNegative()).isFalse();
            assertThat(line.total().isNegative()).isFalse();
        }
    }

    /**
     * Replays every line's discounts in the order they were given and checks each one against what was left when
     * it came: never more than what was left of the line, a percent off exactly its share, a fixed price exactly
     * the difference, an amount off never more than its amount over all lines, a free coating what was left of
     * the coating (its price less the share earlier line discounts took, to a cent per earlier discount).
     */
    @Property(tries = 1000)
    void every_discount_takes_what_its_rule_says_from_what_was_left(@ForAll("cases") Case c) {
        var quote = calculator.calculate(c.request(), c.book(), c.rules());
        var zero = Money.zero(quote.currency());
        Map<String, Promotion> promotions = new HashMap<>();
        c.rules().promotions().forEach(p -> promotions.put(p.id(), p));
        Map<String, Money> givenByPromotion = new HashMap<>();
        boolean capBinds = false;

        for (int i = 0; i < quote.lines().size(); i++) {
            var request = c.request().lines().get(i);
            var line = quote.lines().get(i);
            Money left = line.base();
            Map<String, BigDecimal> coatingLeft = new HashMap<>();
            if (request.lens() != null) {
                request.lens().coatings().forEach(coating -> coatingLeft.put(coating, c.book()
                        .coatingPrice("sv", coating).orElseThrow().times(request.quantity()).amount()));
            }
            int earlier = 0;
            for (var discount : line.discounts()) {
                Money d = discount.amount();
                assertThat(d.isZero() || d.isNegative()).as("a recorded discount gives something").isFalse();
                assertThat(d.compareTo(left)).as("%s takes no more than what is left of the line", d).isLessThanOrEqualTo(0);
                givenByPromotion.merge(discount.promotionId(), d, Money::plus);
                Money after = left.minus(d);
                switch (promotions.get(discount.promotionId()).effect()) {
                    case PercentOff off -> assertThat(d).isEqualTo(left.percent(off.percent()));
                    case FixedPrice fixed -> assertThat(d).isEqualTo(left.minus(fixed.unitPrice().times(request.quantity())));
                    case FreeCoating free -> {
                        BigDecimal wanted = coatingLeft.get(free.coating());
                        BigDecimal expected = wanted.min(left.amount());
                        assertThat(d.amount().subtract(expected).abs()).as("free %s coating: %s off, %s was left of it, "
                                + "%s of the line", free.coating(), d, wanted, left)
                                .isLessThanOrEqualTo(CENT.multiply(BigDecimal.valueOf(earlier)));
                        capBinds |= wanted.compareTo(left.amount()) > 0;
                        coatingLeft.put(free.coating(), wanted.subtract(d.amount()).max(BigDecimal.ZERO));
                    }
                    case AmountOff off -> assertThat(d).isLessThanOrEqualTo(off.amount());
                    case BuyXGetY deal -> assertThat(d).isLessThanOrEqualTo(left);
                }
                if (!(promotions.get(discount.promotionId()).effect() instanceof FreeCoating)) {
                    Money before = left;
                    coatingLeft.replaceAll((coating, amount) -> amount.multiply(after.amount())
                            .divide(before.amount(), MathContext.DECIMAL64));
                }
                capBinds |= after.isZero();
                left = after;
                earlier++;
            }
            assertThat(left).isEqualTo(line.discounted());
        }
        for (var promotion : c.rules().promotions()) {
            Money given = givenByPromotion.getOrDefault(promotion.id(), zero);
            if (promotion.effect() instanceof AmountOff off) {
                assertThat(given).as("%s over all lines", promotion.id()).isLessThanOrEqualTo(off.amount());
                capBinds |= !given.isZero() && given.compareTo(off.amount()) < 0;
            }
        }
        // What the generator is for: a sizeable share of cases where some discount meets its cap.
        Statistics.label("a cap binds").collect(capBinds)
                .coverage(check -> check.check(true).percentage(share -> share >= 25.0));
    }

    /** The order of a percent off and a free coating changes the price by at most a cent. */
    @Property(tries = 300)
    void a_percent_off_and_a_free_coating_give_the_same_in_either_order(
            @ForAll("lensLines") PricingLine line, @ForAll @IntRange(min = 1, max = 100) int percent,
            @ForAll("coatings") String coating, @ForAll("prices") Function<Boolean, TestPriceBook> book) {
        var off = new PercentOff(BigDecimal.valueOf(percent));
        var free = new FreeCoating(coating);
        var request = new PricingRequest(List.of(line), Channel.WEB, null, null, Set.of(), "DE", NOW);
        Function<Boolean, Money> discount = percentFirst -> calculator.calculate(request, book.apply(false),
                new PricingRules(List.of(promotion("p1", off, percentFirst ? 2 : 1), promotion("p2", free,
                        percentFirst ? 1 : 2)), List.of(), List.of(), List.of())).discountTotal();

        assertThat(discount.apply(true).minus(discount.apply(false)).amount().abs())
                .isLessThanOrEqualTo(CENT);
    }

    @Property(tries = 200)
    void the_same_inputs_give_the_same_quote(@ForAll("cases") Case c) {
        assertThat(calculator.calculate(c.request(), c.book(), c.rules()))
                .isEqualTo(calculator.calculate(c.request(), c.book(), c.rules()));
    }

    @Property(tries = 300)
    void line_amounts_add_up_to_the_order_amounts(@ForAll("cases") Case c) {
        var quote = calculator.calculate(c.request(), c.book(), c.rules());
        var zero = Money.zero(quote.currency());

        assertThat(quote.total()).isEqualTo(quote.lines().stream().map(PriceQuote.QuotedLine::total).reduce(zero, Money::plus));
        assertThat(quote.subtotal()).isEqualTo(quote.lines().stream().map(PriceQuote.QuotedLine::base).reduce(zero, Money::plus));
        assertThat(quote.taxTotal()).isEqualTo(quote.lines().stream().map(PriceQuote.QuotedLine::tax).reduce(zero, Money::plus));
        assertThat(quote.total()).isEqualTo(quote.netTotal().plus(quote.taxTotal()));
        assertThat(quote.subtotal().minus(quote.discountTotal())).isEqualTo(
                quote.lines().stream().map(PriceQuote.QuotedLine::discounted).reduce(zero, Money::plus));
    }

    @Property(tries = 300)
    void an_exclusive_promotion_never_stacks(@ForAll("cases") Case c) {
        var quote = calculator.calculate(c.request(), c.book(), c.rules());
        var appliedIds = quote.lines().stream().flatMap(l -> l.discounts().stream())
                .map(PriceQuote.AppliedDiscount::promotionId).distinct().toList();
        boolean anyExclusive = c.rules().promotions().stream()
                .anyMatch(p -> p.stacking() == Stacking.EXCLUSIVE && appliedIds.contains(p.id()));

        if (anyExclusive) {
            assertThat(appliedIds).hasSize(1);
        }
    }

    /**
     * Carts of one to three lines against two to six promotions, sized so that caps bind in a good share of cases
     * (the property above measures it): prices and amounts off of the same order as a line, percentages and
     * fixed prices at their edges (100 %, 0.00) often, and most lines with coatings.
     */
    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<PricingLine>> lines = line().list().ofMinSize(1).ofMaxSize(3).map(list -> {
            var numbered = new ArrayList<PricingLine>();
            for (int i = 0; i < list.size(); i++) {
                var l = list.get(i);
                numbered.add(new PricingLine("l" + i, l.sku(), l.productId(), l.brand(), l.category(), l.taxClass(),
                        l.quantity(), l.lens()));
            }
            return numbered;
        });
        Arbitrary<List<Promotion>> promotions = promotion().list().ofMinSize(2).ofMaxSize(6).map(list -> {
            var numbered = new ArrayList<Promotion>();
            for (int i = 0; i < list.size(); i++) {
                var p = list.get(i);
                numbered.add(new Promotion("p" + i, "Promotion " + i, p.effect(), p.conditions(), p.startsAt(),
                        p.endsAt(), p.priority(), p.stacking(), p.couponCode()));
            }
            return numbered;
        });
        return Combinators.combine(lines, promotions, Arbitraries.of(true, false), Arbitraries.of("0", "7", "19", "21"),
                        prices())
                .as((l, p, gross, rate, book) -> {
                    var taxes = List.of(new TaxRate("standard", "DE", new BigDecimal(rate)));
                    var surcharges = List.of(new RxSurcharge("s1", RxSurcharge.Kind.HIGH_POWER, new BigDecimal("6"),
                            Money.of("20.00", "EUR")));
                    return new Case(new PricingRequest(l, Channel.WEB, null, null, Set.of(), "DE", NOW),
                            book.apply(gross), new PricingRules(p, List.of(), surcharges, taxes));
                });
    }

    @Provide
    Arbitrary<Function<Boolean, TestPriceBook>> prices() {
        return Arbitraries.integers().between(0, 20_000).list().ofSize(SKUS.length + 3).map(cents -> gross -> {
            var book = new TestPriceBook(gross);
            for (int i = 0; i < SKUS.length; i++) {
                book.item(SKUS[i], money(cents.get(i)));
            }
            return book.lens("sv", "1.60", money(cents.get(SKUS.length)))
                    .coating("sv", "AR", money(cents.get(SKUS.length + 1)))
                    .coating("sv", "BLUE", money(cents.get(SKUS.length + 2)));
        });
    }

    @Provide
    Arbitrary<String> coatings() {
        return Arbitraries.of("AR", "BLUE");
    }

    /** A pair of glasses with at least one coating. */
    @Provide
    Arbitrary<PricingLine> lensLines() {
        return Combinators.combine(Arbitraries.of(SKUS), Arbitraries.integers().between(1, 4), lens(1))
                .as((sku, quantity, lensChoice) -> new PricingLine("l0", sku, "model-" + sku, "Lumen", "eyeglasses",
                        "standard", quantity, lensChoice));
    }

    Arbitrary<LensChoice> lens(int minCoatings) {
        return Combinators.combine(
                        Arbitraries.subsetOf("AR", "BLUE").ofMinSize(minCoatings),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(2))
                .as((coatings, power) -> new LensChoice("sv", "1.60", coatings,
                        new RxFacts(power, BigDecimal.ZERO, false, 60)));
    }

    Arbitrary<PricingLine> line() {
        return Combinators.combine(Arbitraries.of(SKUS), Arbitraries.of(BRANDS), Arbitraries.integers().between(1, 4),
                        lens(0).injectNull(0.25))
                .as((sku, brand, quantity, lensChoice) -> new PricingLine("l", sku, "model-" + sku, brand,
                        lensChoice == null ? "accessories" : "eyeglasses", "standard", quantity, lensChoice));
    }

    Arbitrary<Promotion> promotion() {
        Arbitrary<Promotion.Effect> effect = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.integers().between(1, 99)),
                        Tuple.of(2, Arbitraries.integers().between(70, 99)),
                        Tuple.of(2, Arbitraries.just(100))).map(p -> new PercentOff(BigDecimal.valueOf(p)))),
                Tuple.of(2, Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.integers().between(1, 5_000)),
                        Tuple.of(2, Arbitraries.integers().between(50_000, 300_000)))
                        .map(c -> new AmountOff(Money.of(money(c), "EUR")))),
                Tuple.of(1, Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.integers().between(0, 20_000)),
                        Tuple.of(1, Arbitraries.just(0))).map(c -> new FixedPrice(Money.of(money(c), "EUR")))),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 2),
                        Arbitraries.integers().between(1, 100)).as((b, g, p) -> new BuyXGetY(b, g, BigDecimal.valueOf(p)))),
                Tuple.of(2, coatings().map(FreeCoating::new)));
        Arbitrary<Conditions> conditions = Arbitraries.frequencyOf(
                Tuple.of(1, Combinators.combine(Arbitraries.subsetOf("eyeglasses", "accessories"),
                                Arbitraries.subsetOf(BRANDS))
                        .as((categories, brands) -> new Conditions(categories, brands, Set.of(), null, Set.of(), Set.of()))),
                Tuple.of(3, Arbitraries.just(Conditions.any())));
        return Combinators.combine(effect, conditions, Arbitraries.integers().between(0, 5),
                        Arbitraries.frequency(Tuple.of(1, Stacking.EXCLUSIVE), Tuple.of(6, Stacking.COMBINABLE)))
                .as((e, cond, priority, stacking) -> new Promotion("p", "p", e, cond, NOW.minusSeconds(3600), null,
                        priority, stacking, null));
    }

    static Promotion promotion(String id, Promotion.Effect effect, int priority) {
        return new Promotion(id, id, effect, Conditions.any(), NOW.minusSeconds(3600), null, priority,
                Stacking.COMBINABLE, null);
    }

    static String money(int cents) {
        return BigDecimal.valueOf(cents).movePointLeft(2).toPlainString();
    }
}
