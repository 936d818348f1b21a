package dev.focal.inventory;

/**
 * inventory.stock.low: available stock of a SKU at a location fell to or below its reorder point. Published
 * once per crossing: it fires again only after stock rose above the reorder point in between.
 */
public record StockLow(String sku, String locationCode, int available, int reorderPoint, int safetyStock) {
}
