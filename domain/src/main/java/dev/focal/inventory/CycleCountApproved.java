package dev.focal.inventory;

/**
 * inventory.count.approved: a count sheet was approved by a second person; {@code adjustedLines} of its lines
 * had a variance and were adjusted (reason COUNT).
 */
public record CycleCountApproved(String number, String locationCode, int adjustedLines) {
}
