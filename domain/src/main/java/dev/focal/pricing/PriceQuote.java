package dev.focal.pricing;

import dev.focal.shared.Money;
import java.util.Currency;
import java.util.List;

/**
 * The result of a calculation with its explanation. Amounts per line: {@code base} (item, lens, coatings,
 * surcharges), minus {@code discounts}, gives {@code discounted}; that is net or gross as the price book says;
 * {@code total} = {@code net} + {@code tax}. Order amounts are the sums of the line amounts.
 */
public record PriceQuote(String priceBookId, Currency currency, boolean pricesIncludeTax, List<QuotedLine> lines,
                         Money subtotal, Money discountTotal, Money netTotal, Money taxTotal, Money total,
                         List<RuleOutcome> explanation) {

    /** One priced line. */
    public record QuotedLine(String lineId, int quantity, List<Charge> charges, Money base,
                             List<AppliedDiscount> discounts, Money discounted, Money net, Money tax, Money total) {
    }

    /** A part of a line's price: the item, the lenses, a coating, a surcharge. */
    public record Charge(String label, Money amount) {
    }

    /** A discount a promotion gave on a line. */
    public record AppliedDiscount(String promotionId, String label, Money amount) {
    }

    /** Why a rule applied or did not, in words a person can check. */
    public record RuleOutcome(String ruleId, String rule, boolean applied, String reason) {
    }
}
