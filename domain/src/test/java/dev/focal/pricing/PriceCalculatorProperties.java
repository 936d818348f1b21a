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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The calculator's invariants over random carts, promotions and tax settings. */
class PriceCalculatorProperties {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final String[] SKUS = {"F1", "F2", "F3", "F4"};
    static final String[] BRANDS = {"Lumen", "Opta"};
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

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<PricingLine>> lines = line().list().ofMinSize(1).ofMaxSize(5).map(list -> {
            var numbered = new ArrayList<PricingLine>();
            for (int i = 0; i < list.size(); i++) {
                var l = list.get(i);
                numbered.add(new PricingLine("l" + i, l.sku(), l.productId(), l.brand(), l.category(), l.taxClass(),
                        l.quantity(), l.lens()));
            }
            return numbered;
        });
        Arbitrary<List<Promotion>> promotions = promotion().list().ofMaxSize(5).map(list -> {
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

    Arbitrary<java.util.function.Function<Boolean, TestPriceBook>> prices() {
        return Arbitraries.integers().between(0, 50_000).list().ofSize(SKUS.length + 3).map(cents -> gross -> {
            var book = new TestPriceBook(gross);
            for (int i = 0; i < SKUS.length; i++) {
                book.item(SKUS[i], money(cents.get(i)));
            }
            return book.lens("sv", "1.60", money(cents.get(SKUS.length)))
                    .coating("sv", "AR", money(cents.get(SKUS.length + 1)))
                    .coating("sv", "BLUE", money(cents.get(SKUS.length + 2)));
        });
    }

    Arbitrary<PricingLine> line() {
        Arbitrary<LensChoice> lens = Combinators.combine(
                        Arbitraries.subsetOf("AR", "BLUE"),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(2))
                .as((coatings, power) -> new LensChoice("sv", "1.60", coatings,
                        new RxFacts(power, BigDecimal.ZERO, false, 60)));
        return Combinators.combine(Arbitraries.of(SKUS), Arbitraries.of(BRANDS), Arbitraries.integers().between(1, 4),
                        lens.injectNull(0.5))
                .as((sku, brand, quantity, lensChoice) -> new PricingLine("l", sku, "model-" + sku, brand,
                        lensChoice == null ? "accessories" : "eyeglasses", "standard", quantity, lensChoice));
    }

    Arbitrary<Promotion> promotion() {
        Arbitrary<Promotion.Effect> effect = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 100).map(p -> new PercentOff(BigDecimal.valueOf(p))),
                Arbitraries.integers().between(1, 200_000).map(c -> new AmountOff(Money.of(money(c), "EUR"))),
                Arbitraries.integers().between(0, 50_000).map(c -> new FixedPrice(Money.of(money(c), "EUR"))),
                Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 2),
                        Arbitraries.integers().between(1, 100)).as((b, g, p) -> new BuyXGetY(b, g, BigDecimal.valueOf(p))),
                Arbitraries.of("AR", "BLUE").map(FreeCoating::new));
        Arbitrary<Conditions> conditions = Combinators.combine(
                        Arbitraries.subsetOf("eyeglasses", "accessories"), Arbitraries.subsetOf(BRANDS))
                .as((categories, brands) -> new Conditions(categories, brands, Set.of(), null, Set.of(), Set.of()));
        return Combinators.combine(effect, conditions, Arbitraries.integers().between(0, 5),
                        Arbitraries.of(Stacking.values()))
                .as((e, cond, priority, stacking) -> new Promotion("p", "p", e, cond, NOW.minusSeconds(3600), null,
                        priority, stacking, null));
    }

    static String money(int cents) {
        return BigDecimal.valueOf(cents).movePointLeft(2).toPlainString();
    }
}
