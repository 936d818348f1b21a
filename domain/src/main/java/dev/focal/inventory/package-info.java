/**
 * Stock: locations (warehouses, stores, the lab) and their bins; stock per SKU and location with on hand,
 * reserved and available; stock per bin and lot with expiry dates; the insert-only movement ledger every
 * change goes through; reservations for order lines; availability to promise with a promise date from
 * incoming supply; reorder policies; transfers between locations; cycle counts; bin and SKU labels.
 *
 * <p>Entry points: {@link dev.focal.inventory.Inventory} (receive, put away, adjust, return, look up),
 * {@link dev.focal.inventory.Reservations} (reserve, release, pick), {@link dev.focal.inventory.Availability}
 * (how many can be promised, where and by when), {@link dev.focal.inventory.Locations} and
 * {@link dev.focal.inventory.ReorderPolicies}; transfers: {@link dev.focal.inventory.Transfers} (list, show),
 * {@link dev.focal.inventory.TransferDispatch} (request, dispatch, cancel) and
 * {@link dev.focal.inventory.TransferReceiving} (receive, close short); cycle counts:
 * {@link dev.focal.inventory.CycleCounts} (create, list, cancel count sheets),
 * {@link dev.focal.inventory.CycleCounting} (blind counting) and {@link dev.focal.inventory.CycleCountReview}
 * (review and approval by a second person); and {@link dev.focal.inventory.Labels} (bin and SKU labels as PDF
 * and ZPL). Services hold the rules; package-private stores hold the SQL (ADR 0013).
 * What inventory knows about a SKU (brand, name, description, barcode) is its own read model, kept from the
 * catalog's {@link dev.focal.catalog.ProductUpdated} in the catalog's transaction; inventory never reads the
 * catalog's tables.
 * Other contexts offer incoming supply (open purchase order lines) through the
 * {@link dev.focal.inventory.InboundSupply} port; transfers in transit with an expected date count as supply of
 * their destination too.
 *
 * <p>Events, published in the writing transaction:
 * <ul>
 *   <li>{@link dev.focal.inventory.StockReserved} ("inventory.stock.reserved")</li>
 *   <li>{@link dev.focal.inventory.StockReleased} ("inventory.stock.released")</li>
 *   <li>{@link dev.focal.inventory.StockDecremented} ("inventory.stock.decremented"): picked, or adjusted down</li>
 *   <li>{@link dev.focal.inventory.StockLow} ("inventory.stock.low"): available fell to the reorder point</li>
 *   <li>{@link dev.focal.inventory.StockLedgerMismatch} ("inventory.ledger.mismatch"): the ledger check found
 *       stock that does not equal the sum of its movements (notifications alerts admins)</li>
 *   <li>{@link dev.focal.inventory.TransferDispatched} ("inventory.transfer.dispatched"): a transfer's stock left
 *       its source and is in transit (each SKU also publishes StockDecremented)</li>
 *   <li>{@link dev.focal.inventory.TransferReceived} ("inventory.transfer.received"): a delivery of a transfer
 *       was booked in; {@code complete} once nothing is outstanding (received in full or closed short)</li>
 *   <li>{@link dev.focal.inventory.CycleCountApproved} ("inventory.count.approved"): a count sheet's variances
 *       were approved and booked as COUNT adjustments (decreases also publish StockDecremented)</li>
 * </ul>
 */
@ApplicationModule
@NullMarked
package dev.focal.inventory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
