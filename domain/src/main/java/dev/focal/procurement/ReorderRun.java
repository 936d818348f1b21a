package dev.focal.procurement;

import java.util.List;

/**
 * What a reorder run did: policies checked, lines proposed over how many supplier proposals, SKU x location
 * pairs skipped because they were snoozed, and SKUs that need ordering but no supplier sells ("SKU@LOCATION").
 */
public record ReorderRun(int policiesChecked, int proposals, int lines, int snoozed, List<String> withoutSupplier) {

    public ReorderRun {
        withoutSupplier = List.copyOf(withoutSupplier);
    }
}
