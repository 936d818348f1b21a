package dev.focal.catalog;

import dev.focal.catalog.FrameSpec.RimType;

/** A frame variant (SKU) to choose from in the fit check, with the sizes the check needs. */
public record FrameOption(String sku, String modelCode, String modelName, String brand, String colour,
                          String sizeMarking, int a, int b, int dbl, int ed, RimType rimType, boolean rxAble) {

    /** "FR-1001-BLK-52-18 Luna, Black, 52□18-140". */
    public String label() {
        return sku + " " + brand + " " + modelName + ", " + colour + ", " + sizeMarking;
    }
}
