package dev.focal.pricing;

import dev.focal.pricing.PriceQuote.AppliedDiscount;
import dev.focal.pricing.PriceQuote.Charge;
import dev.focal.pricing.PriceQuote.QuotedLine;
import dev.focal.pricing.PriceQuote.RuleOutcome;
import dev.focal.pricing.Promotion.AmountOff;
import dev.focal.pricing.Promotion.BuyXGetY;
import dev.focal.pricing.Promotion.FixedPrice;
import dev.focal.pricing.Promotion.FreeCoating;
import dev.focal.pricing.Promotion.PercentOff;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one price calculation of Focal: storefront, checkout, backoffice preview and API all call this. It is a
 * pure function of the request, the price book and the rules (no clock, no database), so the same inputs
 * always give the same quote.
 *
 * <p>Order of work: price each line (item, lenses, coatings, Rx surcharges); check coupons; apply promotions
 * in priority order (higher first, then by ID) with the stacking rule (an exclusive promotion applies alone:
 * it wins only if nothing applied before it, and once it applies nothing else does); cap every discount at
 * what is left of the line (a free coating at what is left of that coating: earlier discounts on the line took
 * their share of it); then tax per line, rounded half-up to the minor unit ("per line" rounding, so the
 * order totals are exact sums of the line amounts).
 */
public final class PriceCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PriceQuote calculate(PricingRequest request, PriceBook book, PricingRules rules) {
        var zero = Money.zero(book.currency());
        var explanation = new ArrayList<RuleOutcome>();
        var lines = request.lines().stream().map(line -> price(line, book, rules, explanation)).toList();

        Set<String> validCoupons = checkCoupons(request, rules, explanation);
        applyPromotions(request, book, rules, lines, validCoupons, explanation);

        Map<String, TaxRate> rates = rules.taxRates().stream().filter(r -> r.region().equals(request.region()))
                .collect(Collectors.toMap(TaxRate::taxClass, Function.identity(), (a, b) -> a));
        var quoted = new ArrayList<QuotedLine>();
        var missingRates = new LinkedHashSet<String>();
        for (var line : lines) {
            TaxRate rate = rates.get(line.request.taxClass());
            BigDecimal percent = rate == null ? BigDecimal.ZERO : rate.percent();
            if (rate == null) {
                missingRates.add(line.request.taxClass());
            }
            Money discounted = line.remaining;
            Money tax;
            Money net;
            Money total;
            if (book.pricesIncludeTax()) {
                Money gross = discounted;
                net = new Money(gross.amount().multiply(HUNDRED)
                        .divide(HUNDRED.add(percent), book.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP),
                        book.currency());
                tax = gross.minus(net);
                total = gross;
            } else {
                net = discounted;
                tax = discounted.percent(percent);
                total = net.plus(tax);
            }
            quoted.add(new QuotedLine(line.request.lineId(), line.request.quantity(), List.copyOf(line.charges),
                    line.base, List.copyOf(line.discounts), discounted, net, tax, total));
        }
        missingRates.forEach(taxClass -> explanation.add(new RuleOutcome("tax:" + taxClass, "Tax class " + taxClass,
                false, "no rate for tax class " + taxClass + " in region " + request.region() + ": taxed at 0 %")));
        rates.values().stream().filter(r -> lines.stream().anyMatch(l -> l.request.taxClass().equals(r.taxClass())))
                .sorted(Comparator.comparing(TaxRate::taxClass))
                .forEach(r -> explanation.add(new RuleOutcome("tax:" + r.taxClass(), "Tax class " + r.taxClass(), true,
                        r.percent().stripTrailingZeros().toPlainString() + " % in " + r.region() + ", prices "
                                + (book.pricesIncludeTax() ? "include" : "exclude") + " tax, rounded half-up per line")));

        Money subtotal = quoted.stream().map(QuotedLine::base).reduce(zero, Money::plus);
        Money discounted = quoted.stream().map(QuotedLine::discounted).reduce(zero, Money::plus);
        return new PriceQuote(book.id(), book.currency(), book.pricesIncludeTax(), List.copyOf(quoted), subtotal,
                subtotal.minus(discounted), quoted.stream().map(QuotedLine::net).reduce(zero, Money::plus),
                quoted.stream().map(QuotedLine::tax).reduce(zero, Money::plus),
                quoted.stream().map(QuotedLine::total).reduce(zero, Money::plus), List.copyOf(explanation));
    }

    /**
     * A line being priced: its charges, base amount, and what is left after the discounts so far, of the line and
     * of each coating. A discount on the line takes from every coating in proportion (what is left of a coating
     * shrinks by the share the line shrank by); a free coating takes only from its coating. See ADR 0006.
     */
    private static final class WorkLine {
        final PricingLine request;
        final List<Charge> charges = new ArrayList<>();
        final List<AppliedDiscount> discounts = new ArrayList<>();
        final Map<String, Money> coatingsLeft = new HashMap<>();
        Money base;
        Money remaining;

        WorkLine(PricingLine request, Money zero) {
            this.request = request;
            this.base = zero;
            this.remaining = zero;
        }

        void charge(String label, Money amount) {
            charges.add(new Charge(label, amount));
            base = base.plus(amount);
            remaining = base;
        }

        void chargeCoating(String coating, Money amount) {
            charge("Coating " + coating, amount);
            coatingsLeft.put(coating, amount);
        }

        /** Takes off at most what is left of the line, a share of it from each coating; returns what was taken. */
        Money discount(Promotion promotion, Money wanted) {
            Money before = remaining;
            Money taken = take(promotion, wanted);
            if (!taken.isZero()) {
                int scale = before.currency().getDefaultFractionDigits();
                coatingsLeft.replaceAll((coating, left) -> new Money(left.amount().multiply(remaining.amount())
                        .divide(before.amount(), scale, RoundingMode.HALF_UP), left.currency()));
            }
            return taken;
        }

        /** Takes off what is left of the coating (never more than what is left of the line); returns what was taken. */
        Money discountCoating(Promotion promotion, String coating) {
            Money taken = take(promotion, coatingsLeft.get(coating));
            coatingsLeft.computeIfPresent(coating, (c, left) -> left.minus(taken));
            return taken;
        }

        private Money take(Promotion promotion, Money wanted) {
            Money taken = wanted.isNegative() ? Money.zero(wanted.currency()) : wanted.min(remaining);
            if (!taken.isZero()) {
                discounts.add(new AppliedDiscount(promotion.id(), promotion.name(), taken));
                remaining = remaining.minus(taken);
            }
            return taken;
        }
    }

    private static WorkLine price(PricingLine line, PriceBook book, PricingRules rules, List<RuleOutcome> explanation) {
        var work = new WorkLine(line, Money.zero(book.currency()));
        Money item = book.unitPrice(line.sku()).orElseThrow(() -> new NoPriceException("SKU " + line.sku(), book.id()));
        work.charge(line.quantity() + " x " + line.sku(), item.times(line.quantity()));
        var lens = line.lens();
        if (lens != null) {
            Money lensPrice = book.lensPrice(lens.lensProductId(), lens.index()).orElseThrow(() ->
                    new NoPriceException("lens " + lens.lensProductId() + " in index " + lens.index(), book.id()));
            work.charge("Lenses " + lens.lensProductId() + " " + lens.index(), lensPrice.times(line.quantity()));
            for (String coating : lens.coatings().stream().sorted().toList()) {
                Money coatingPrice = book.coatingPrice(lens.lensProductId(), coating).orElseThrow(() ->
                        new NoPriceException("coating " + coating + " on " + lens.lensProductId(), book.id()));
                work.chargeCoating(coating, coatingPrice.times(line.quantity()));
            }
            for (var surcharge : rules.surcharges()) {
                boolean applies = surcharge.appliesTo(lens.rx());
                if (applies) {
                    work.charge(surcharge.kind().label() + " surcharge", surcharge.amount().times(line.quantity()));
                }
                explanation.add(new RuleOutcome(surcharge.id(), surcharge.kind().label() + " surcharge on line "
                        + line.lineId(), applies, (applies ? "" : "not ") + surcharge.describe()));
            }
        }
        return work;
    }

    private static Set<String> checkCoupons(PricingRequest request, PricingRules rules, List<RuleOutcome> explanation) {
        var valid = new HashSet<String>();
        for (String entered : request.couponCodes().stream().sorted().toList()) {
            String code = entered.strip().toUpperCase(Locale.ROOT);
            var coupon = rules.coupons().stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst();
            if (coupon.isEmpty()) {
                explanation.add(new RuleOutcome("coupon:" + code, "Coupon " + code, false, "unknown coupon code"));
                continue;
            }
            String refusal = coupon.get().refusal(request.at(), request.customerId() != null);
            if (refusal != null) {
                explanation.add(new RuleOutcome("coupon:" + code, "Coupon " + code, false, refusal));
            } else {
                valid.add(code);
                explanation.add(new RuleOutcome("coupon:" + code, "Coupon " + code, true, "valid"));
            }
        }
        return valid;
    }

    private static void applyPromotions(PricingRequest request, PriceBook book, PricingRules rules,
                                        List<WorkLine> lines, Set<String> validCoupons,
                                        List<RuleOutcome> explanation) {
        var ordered = rules.promotions().stream()
                .sorted(Comparator.comparingInt(Promotion::priority).reversed().thenComparing(Promotion::id))
                .toList();
        String applied = null;
        boolean exclusiveApplied = false;
        for (var promotion : ordered) {
            String refusal = refusal(promotion, request, book, lines, validCoupons);
            if (refusal == null && exclusiveApplied) {
                refusal = "exclusive promotion " + applied + " already applies";
            }
            if (refusal == null && promotion.stacking() == Promotion.Stacking.EXCLUSIVE && applied != null) {
                refusal = "exclusive, and " + applied + " already applies";
            }
            if (refusal != null) {
                explanation.add(new RuleOutcome(promotion.id(), promotion.name(), false, refusal));
                continue;
            }
            var qualifying = lines.stream().filter(l -> promotion.conditions().qualifies(l.request)).toList();
            Money given = apply(promotion, qualifying, book);
            if (given.isZero()) {
                explanation.add(new RuleOutcome(promotion.id(), promotion.name(), false,
                        "gives no discount on these lines"));
                continue;
            }
            explanation.add(new RuleOutcome(promotion.id(), promotion.name(), true,
                    describe(promotion.effect()) + " on " + qualifying.size() + " line(s): " + given + " off"));
            applied = promotion.id();
            exclusiveApplied = promotion.stacking() == Promotion.Stacking.EXCLUSIVE;
        }
    }

    private static @Nullable String refusal(Promotion promotion, PricingRequest request, PriceBook book, List<WorkLine> lines,
                                  Set<String> validCoupons) {
        if (request.at().isBefore(promotion.startsAt())) {
            return "starts " + promotion.startsAt();
        }
        if (promotion.endsAt() != null && !request.at().isBefore(promotion.endsAt())) {
            return "ended " + promotion.endsAt();
        }
        var conditions = promotion.conditions();
        if (!conditions.channels().isEmpty() && !conditions.channels().contains(request.channel())) {
            return "not offered in channel " + request.channel();
        }
        if (!conditions.customerGroups().isEmpty()
                && (request.customerGroup() == null || !conditions.customerGroups().contains(request.customerGroup()))) {
            return "only for customer group(s) " + String.join(", ", conditions.customerGroups().stream().sorted().toList());
        }
        if (promotion.couponCode() != null
                && !validCoupons.contains(promotion.couponCode().strip().toUpperCase(Locale.ROOT))) {
            return "needs a valid coupon " + promotion.couponCode();
        }
        @Nullable Money wrongCurrency = switch (promotion.effect()) {
            case AmountOff off -> off.amount();
            case FixedPrice fixed -> fixed.unitPrice();
            default -> null;
        };
        if (wrongCurrency != null && !wrongCurrency.currency().equals(book.currency())) {
            return "in " + wrongCurrency.currency() + ", price list in " + book.currency();
        }
        var qualifying = lines.stream().filter(l -> conditions.qualifies(l.request)).toList();
        if (qualifying.isEmpty()) {
            return "no qualifying line";
        }
        if (conditions.minimumSubtotal() != null) {
            Money subtotal = qualifying.stream().map(l -> l.base).reduce(Money.zero(book.currency()), Money::plus);
            if (!conditions.minimumSubtotal().currency().equals(book.currency())) {
                return "minimum in " + conditions.minimumSubtotal().currency() + ", price list in " + book.currency();
            }
            if (subtotal.compareTo(conditions.minimumSubtotal()) < 0) {
                return "qualifying subtotal " + subtotal + " is below the minimum " + conditions.minimumSubtotal();
            }
        }
        return null;
    }

    /** Applies the effect to the qualifying lines; returns the total discount given. */
    private static Money apply(Promotion promotion, List<WorkLine> qualifying, PriceBook book) {
        Money zero = Money.zero(book.currency());
        return switch (promotion.effect()) {
            case PercentOff off -> qualifying.stream()
                    .map(line -> line.discount(promotion, line.remaining.percent(off.percent())))
                    .reduce(zero, Money::plus);
            case FixedPrice fixed -> qualifying.stream()
                    .map(line -> line.discount(promotion,
                            line.remaining.minus(fixed.unitPrice().times(line.request.quantity())).max(zero)))
                    .reduce(zero, Money::plus);
            case FreeCoating free -> qualifying.stream()
                    .filter(line -> line.coatingsLeft.containsKey(free.coating()))
                    .map(line -> line.discountCoating(promotion, free.coating()))
                    .reduce(zero, Money::plus);
            case AmountOff off -> shareOut(promotion, off.amount(), qualifying, zero);
            case BuyXGetY deal -> buyXGetY(promotion, deal, qualifying, zero);
        };
    }

    /** Shares a fixed amount over lines in proportion to what is left of them, exactly to the minor unit. */
    private static Money shareOut(Promotion promotion, Money amount, List<WorkLine> lines, Money zero) {
        Money left = lines.stream().map(l -> l.remaining).reduce(zero, Money::plus);
        Money toGive = amount.min(left);
        if (toGive.isZero()) {
            return zero;
        }
        int scale = zero.currency().getDefaultFractionDigits();
        long totalUnits = toGive.amount().movePointRight(scale).longValueExact();
        long leftUnits = left.amount().movePointRight(scale).longValueExact();
        long[] shares = new long[lines.size()];
        long given = 0;
        for (int i = 0; i < lines.size(); i++) {
            long lineUnits = lines.get(i).remaining.amount().movePointRight(scale).longValueExact();
            shares[i] = BigDecimal.valueOf(totalUnits).multiply(BigDecimal.valueOf(lineUnits))
                    .divide(BigDecimal.valueOf(leftUnits), 0, RoundingMode.DOWN).longValueExact();
            given += shares[i];
        }
        for (int i = 0; given < totalUnits; i = (i + 1) % lines.size()) {
            long lineUnits = lines.get(i).remaining.amount().movePointRight(scale).longValueExact();
            if (shares[i] < lineUnits) {
                shares[i]++;
                given++;
            }
        }
        Money total = zero;
        for (int i = 0; i < lines.size(); i++) {
            total = total.plus(lines.get(i).discount(promotion,
                    new Money(BigDecimal.valueOf(shares[i]).movePointLeft(scale), zero.currency())));
        }
        return total;
    }

    private static Money buyXGetY(Promotion promotion, BuyXGetY deal, List<WorkLine> lines, Money zero) {
        record Unit(int line, Money price) {
        }
        var units = new ArrayList<Unit>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            Money unitPrice = new Money(line.remaining.amount().divide(BigDecimal.valueOf(line.request.quantity()),
                    zero.currency().getDefaultFractionDigits(), RoundingMode.DOWN), zero.currency());
            for (int q = 0; q < line.request.quantity(); q++) {
                units.add(new Unit(i, unitPrice));
            }
        }
        units.sort(Comparator.comparing(Unit::price).reversed().thenComparingInt(Unit::line));
        int group = deal.buy() + deal.get();
        var perLine = new Money[lines.size()];
        java.util.Arrays.fill(perLine, zero);
        for (int start = 0; start + group <= units.size(); start += group) {
            for (int k = start + deal.buy(); k < start + group; k++) {
                Unit unit = units.get(k);
                perLine[unit.line()] = perLine[unit.line()].plus(unit.price().percent(deal.percentOff()));
            }
        }
        Money total = zero;
        for (int i = 0; i < lines.size(); i++) {
            total = total.plus(lines.get(i).discount(promotion, perLine[i]));
        }
        return total;
    }

    private static String describe(Promotion.Effect effect) {
        return switch (effect) {
            case PercentOff off -> off.percent().stripTrailingZeros().toPlainString() + " % off";
            case AmountOff off -> off.amount() + " off";
            case FixedPrice fixed -> "fixed price " + fixed.unitPrice() + " per unit";
            case BuyXGetY deal -> "buy " + deal.buy() + ", get " + deal.get() + " at "
                    + deal.percentOff().stripTrailingZeros().toPlainString() + " % off";
            case FreeCoating free -> "free " + free.coating() + " coating";
        };
    }
}
