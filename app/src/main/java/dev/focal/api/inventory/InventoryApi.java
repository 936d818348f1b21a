package dev.focal.api.inventory;

import dev.focal.api.core.ApiInputException;
import dev.focal.api.core.IdempotentPost;
import dev.focal.inventory.AdjustmentReason;
import dev.focal.inventory.InboundSupply;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.Promise;
import dev.focal.inventory.StockAdjustment;
import dev.focal.inventory.StockFigures;
import dev.focal.inventory.StockReceipt;
import dev.focal.inventory.StockUpdate;
import jakarta.servlet.http.HttpServletRequest;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Stock for staff and integrations: availability to promise (every staff role) and stock movements (receipt,
 * adjustment, putaway, return; warehouse staff and admins, receipts also buyers). A movement needs an
 * {@code Idempotency-Key} header, handled by {@link IdempotentPost}: repeating the call with the same key and body
 * changes nothing and answers 200 with the first call's body (its figures then), with {@code "repeated": true};
 * the same key with another body is refused with 422.
 */
@RestController
class InventoryApi {

    private final dev.focal.inventory.Availability availability;
    private final Inventory inventory;
    private final IdempotentPost idempotent;

    InventoryApi(dev.focal.inventory.Availability availability, Inventory inventory, IdempotentPost idempotent) {
        this.availability = availability;
        this.inventory = inventory;
        this.idempotent = idempotent;
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
    ResponseEntity<?> move(@RequestHeader(name = IdempotentPost.HEADER, required = false) @Nullable String key,
                           @RequestBody MovementRequest body, HttpServletRequest request) {
        return idempotent.once(request, key, body, () -> ResponseEntity.status(HttpStatus.CREATED)
                .body(move(body, "API " + key)), replay -> replay instanceof ObjectNode update
                ? update.put("repeated", true) : replay);
    }

    private StockUpdate move(MovementRequest body, String defaultSourceRef) {
        if (body.quantity() == null) {
            throw new ApiInputException("quantity", "Give the quantity.");
        }
        String kind = body.kind() == null ? "" : body.kind().strip().toUpperCase(Locale.ROOT);
        return switch (kind) {
            case "RECEIPT", "RETURN" -> inventory.receive(new StockReceipt(body.sku(), body.location(), body.bin(),
                    body.quantity(), body.lot(), body.expiresOn(), kind.equals("RETURN") ? "RETURN" : "API",
                    body.sourceRef() == null ? defaultSourceRef : body.sourceRef(), body.note()), null);
            case "ADJUSTMENT" -> inventory.adjust(new StockAdjustment(body.sku(), body.location(), body.bin(),
                    body.lot(), body.quantity(), reason(body.reason()), body.note()), null);
            case "PUTAWAY" -> inventory.putAway(body.sku(), body.location(), body.bin(), body.toBin(), body.quantity(),
                    body.lot());
            default -> throw new ApiInputException("kind", "Use RECEIPT, RETURN, ADJUSTMENT or PUTAWAY.");
        };
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
