package dev.focal.inventory;

import java.util.List;
import java.util.UUID;

/** A count sheet for counting: its places and what has been counted so far, without expected quantities. */
public record CountSheet(UUID id, String number, String locationCode, CountScope scope, String scopeText,
                         CountSheetStatus status, long version, List<CountedLine> counted, List<String> recountPlaces) {
}
