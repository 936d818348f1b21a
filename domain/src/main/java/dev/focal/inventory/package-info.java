/**
 * Stock: locations (warehouses, stores, the lab) and their bins; stock per SKU and location with on hand,
 * reserved and available; stock per bin and lot with expiry dates; the insert-only movement ledger every
 * change goes through; reservations for order lines; availability to promise with a promise date from
 * incoming supply; reorder policies.
 *
 * <p>Entry points: {@link dev.focal.inventory.Inventory} (receive, put away, adjust, return, look up),
 * {@link dev.focal.inventory.Reservations} (reserve, release, pick), {@link dev.focal.inventory.Availability}
 * (how many can be promised, where and by when), {@link dev.focal.inventory.Locations} and
 * {@link dev.focal.inventory.ReorderPolicies}. Other contexts offer incoming supply (open purchase order lines)
 * through the {@link dev.focal.inventory.InboundSupply} port.
 *
 * <p>Events, published in the writing transaction:
 * <ul>
 *   <li>{@link dev.focal.inventory.StockReserved} ("inventory.stock.reserved")</li>
 *   <li>{@link dev.focal.inventory.StockReleased} ("inventory.stock.released")</li>
 *   <li>{@link dev.focal.inventory.StockDecremented} ("inventory.stock.decremented"): picked, or adjusted down</li>
 *   <li>{@link dev.focal.inventory.StockLow} ("inventory.stock.low"): available fell to the reorder point</li>
 *   <li>{@link dev.focal.inventory.StockLedgerMismatch} ("inventory.ledger.mismatch"): the ledger check found
 *       stock that does not equal the sum of its movements</li>
 * </ul>
 */
@ApplicationModule
@NullMarked
package dev.focal.inventory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
