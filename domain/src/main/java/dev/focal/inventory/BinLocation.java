package dev.focal.inventory;

import java.util.UUID;

/**
 * A bin inside a location: aisle, shelf and bin. {@code code} ("WH1/A-01-03") is unique across Focal and is
 * what a bin label's barcode carries.
 */
public record BinLocation(UUID id, UUID locationId, String locationCode, String aisle, String shelf, String bin,
                          String code, boolean active) {

    static String code(String locationCode, String aisle, String shelf, String bin) {
        return locationCode + "/" + aisle + "-" + shelf + "-" + bin;
    }
}
