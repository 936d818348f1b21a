package dev.focal.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of a SKU's average cost by a receipt, with its inputs: new average = (on hand before x old
 * average + received x unit cost) / (on hand before + received). {@code oldAverage} is null when there was no
 * known cost (then the receipt's unit cost is the new average).
 */
public record SkuCostChange(String sku, Instant at, String receiptNumber, int onHandBefore,
                            @Nullable BigDecimal oldAverage, int received, BigDecimal unitCost, BigDecimal newAverage,
                            String currency) {

    /** "(12 x 10.0000 + 6 x 13.0000) / 18 = 11.0000" */
    public String math() {
        return oldAverage == null
                ? "no earlier cost: " + unitCost.toPlainString() + " from " + receiptNumber
                : "(" + onHandBefore + " x " + oldAverage.toPlainString() + " + " + received + " x "
                  + unitCost.toPlainString() + ") / " + (onHandBefore + received) + " = " + newAverage.toPlainString();
    }
}
