package dev.focal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one currency, always at the currency's minor-unit scale (2 for EUR and USD). Never a
 * floating-point number. Arithmetic between different currencies is refused.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = currency.getDefaultFractionDigits();
        if (amount.scale() != scale) {
            amount = amount.setScale(scale, RoundingMode.HALF_UP);
        }
    }

    public static Money of(String amount, String currency) {
        try {
            return new Money(new BigDecimal(amount.strip()), Currency.getInstance(currency));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Enter an amount like 129.90.");
        }
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /** This amount times a factor, rounded half-up to the minor unit. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP),
                currency);
    }

    /** A percentage of this amount (percent 15 = 15 %), rounded half-up to the minor unit. */
    public Money percent(BigDecimal percent) {
        return times(percent.movePointLeft(2));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency + ".");
        }
        return other;
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
