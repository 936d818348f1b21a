package dev.focal.api.inventory;

import dev.focal.api.core.ApiInputException;
import dev.focal.inventory.AdjustmentReason;
import dev.focal.inventory.InboundSupply;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.Promise;
import dev.focal.inventory.StockAdjustment;
import dev.focal.inventory.StockFigures;
import dev.focal.inventory.StockReceipt;
import dev.focal.inventory.StockUpdate;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stock for staff and integrations: availability to promise (every staff role) and stock movements (receipt,
 * adjustment, putaway, return; warehouse staff and admins, receipts also buyers). A movement needs an
 * {@code Idempotency-Key} header: repeating a call with the same key changes nothing and answers 200 with
 * today's figures instead of 201.
 */
@RestController
class InventoryApi {

    private final dev.focal.inventory.Availability availability;
    private final Inventory inventory;

    InventoryApi(dev.focal.inventory.Availability availability, Inventory inventory) {
        this.availability = availability;
        this.inventory = inventory;
    }

    /** A {@link Promise} with its derived answers spelled out for JSON clients. */
    record Availability(String sku, int requested, @Nullable String location, java.util.List<StockFigures> stock,
                        int available, boolean inStock, java.util.List<InboundSupply.Incoming> incomingCounted,
                        @Nullable LocalDate promiseDate, java.util.List<String> explanation) {
        static Availability of(Promise p) {
            return new Availability(p.sku(), p.requested(), p.locationCode(), p.stock(), p.available(), p.inStock(),
                    p.incomingCounted(), p.promiseDate(), p.explanation());
        }
    }

    @GetMapping("/api/v1/inventory/availability")
    Availability availability(@RequestParam(required = false) @Nullable String sku,
                         @RequestParam(required = false) @Nullable String location,
                         @RequestParam(defaultValue = "1") int quantity) {
        if (sku == null || sku.isBlank()) {
            throw new ApiInputException("sku", "Name the SKU: ?sku=FR-...");
        }
        return Availability.of(availability.promise(sku, quantity, location));
    }

    /** The body of a movement; which fields matter depends on {@code kind}. */
    record MovementRequest(@Nullable String kind, @Nullable String sku, @Nullable String location,
                           @Nullable String bin, @Nullable String toBin, @Nullable String lot,
                           @Nullable LocalDate expiresOn, @Nullable Integer quantity, @Nullable String reason,
                           @Nullable String note, @Nullable String sourceRef) {
    }

    @PostMapping("/api/v1/stock-movements")
    ResponseEntity<StockUpdate> move(@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
                                     @RequestBody MovementRequest body) {
        if (key == null || key.isBlank()) {
            throw new ApiInputException("Idempotency-Key", "Send an Idempotency-Key header (like a UUID) so a retried"
                    + " call cannot move stock twice.");
        }
        if (body.quantity() == null) {
            throw new ApiInputException("quantity", "Give the quantity.");
        }
        String kind = body.kind() == null ? "" : body.kind().strip().toUpperCase(Locale.ROOT);
        StockUpdate update = switch (kind) {
            case "RECEIPT", "RETURN" -> inventory.receive(new StockReceipt(body.sku(), body.location(), body.bin(),
                    body.quantity(), body.lot(), body.expiresOn(), kind.equals("RETURN") ? "RETURN" : "API",
                    body.sourceRef() == null ? "API " + key : body.sourceRef(), body.note()), key);
            case "ADJUSTMENT" -> inventory.adjust(new StockAdjustment(body.sku(), body.location(), body.bin(),
                    body.lot(), body.quantity(), reason(body.reason()), body.note()), key);
            case "PUTAWAY" -> inventory.putAway(body.sku(), body.location(), body.bin(), body.toBin(), body.quantity(),
                    body.lot(), key);
            default -> throw new ApiInputException("kind", "Use RECEIPT, RETURN, ADJUSTMENT or PUTAWAY.");
        };
        return ResponseEntity.status(update.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(update);
    }

    private static @Nullable AdjustmentReason reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        try {
            return AdjustmentReason.valueOf(reason.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiInputException("reason", "Use one of " + java.util.Arrays.toString(AdjustmentReason.values()) + ".");
        }
    }
}
