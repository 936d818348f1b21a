/**
 * Purchasing: suppliers and their items (cost, pack size, minimum order quantity, lead time), purchase orders
 * with an approval workflow, history and a PDF sent to the supplier, goods receipts per delivery that put good
 * units into stock, the moving-average cost per SKU, reorder proposals from the inventory's reorder policies,
 * and supplier performance. Offers open PO lines to inventory as {@link dev.focal.inventory.InboundSupply}.
 *
 * <p>Entry points: {@link dev.focal.procurement.Suppliers}, {@link dev.focal.procurement.PurchaseOrders},
 * {@link dev.focal.procurement.Receiving}, {@link dev.focal.procurement.SkuCosts},
 * {@link dev.focal.procurement.ReorderProposals} and {@link dev.focal.procurement.SupplierPerformance}.
 *
 * <p>Events, published in the writing transaction:
 * <ul>
 *   <li>{@link dev.focal.procurement.PurchaseOrderApproved} ("procurement.po.approved"): approved by a second
 *       person, or on submit when within the approval threshold</li>
 *   <li>{@link dev.focal.procurement.PurchaseOrderSent} ("procurement.po.sent"): sent to the supplier; the
 *       notifications module e-mails the PDF from {@link dev.focal.procurement.PurchaseOrderMailings}</li>
 *   <li>{@link dev.focal.procurement.PurchaseOrderReceived} ("procurement.po.received"): a delivery was booked
 *       against the PO (good units are in stock)</li>
 * </ul>
 * See docs/procurement.md and docs/adr/0010-purchase-order-workflow-and-costing.md.
 */
@ApplicationModule
@NullMarked
package dev.focal.procurement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
