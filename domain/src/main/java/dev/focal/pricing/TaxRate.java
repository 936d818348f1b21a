package dev.focal.pricing;

import java.math.BigDecimal;

/** The rate (percent) of a tax class in a region (country or state code). */
public record TaxRate(String taxClass, String region, BigDecimal percent) {

    public TaxRate {
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new PricingExceptions.InvalidTaxRate("percent", "A tax rate lies between 0 and 100 %.");
        }
    }
}
