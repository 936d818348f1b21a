package dev.focal.pricing;

import java.math.BigDecimal;

/**
 * An Rx surcharge rule as staff enter it: the kind, the threshold above which it applies (diopters for power
 * and cylinder, mm for the blank; ignored for prism), and the amount per pair in a currency.
 */
public record RxSurchargeDraft(RxSurcharge.Kind kind, BigDecimal threshold, BigDecimal amount, String currency) {
}
