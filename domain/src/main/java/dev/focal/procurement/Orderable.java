package dev.focal.procurement;

/** Quantities a supplier accepts: whole packs, at least the minimum order quantity. */
final class Orderable {

    private Orderable() {
    }

    static int roundUp(int wanted, int packSize, int minimumOrderQuantity) {
        int quantity = Math.max(Math.max(wanted, minimumOrderQuantity), 1);
        int pack = Math.max(packSize, 1);
        return (quantity + pack - 1) / pack * pack;
    }

    static boolean fits(int quantity, int packSize, int minimumOrderQuantity) {
        return quantity >= minimumOrderQuantity && quantity % Math.max(packSize, 1) == 0;
    }
}
