package dev.focal.inventory;

import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reorder policies per SKU x location. Buyers and admins set them; every staff member reads them. */
@Service
@Transactional(readOnly = true)
public class ReorderPolicies {


    private final ReorderPolicyStore store;
    private final Inventory inventory;

    ReorderPolicies(ReorderPolicyStore store, Inventory inventory) {
        this.store = store;
        this.inventory = inventory;
    }

    @PreAuthorize(InventoryAccess.STAFF)
    public Optional<ReorderPolicy> find(String sku, String locationCode) {
        return store.find(Inventory.normalSku(sku), locationCode);
    }

    /** All policies, by location then SKU; of one location when given. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<ReorderPolicy> all(@Nullable String locationCode) {
        return store.all(locationCode);
    }

    /**
     * Creates or changes the policy of a SKU at a location. For a change, {@code version} is the version read
     * (null to create).
     *
     * @throws InvalidStockInput naming {@code safetyStock}, {@code reorderPoint}, {@code reorderQuantity} or
     *                           {@code maxQuantity}
     * @throws StockRecordChanged when someone saved it in between
     */
    @Transactional
    @PreAuthorize(InventoryAccess.PLANNERS)
    public ReorderPolicy save(String sku, String locationCode, int safetyStock, int reorderPoint,
                              @Nullable Integer reorderQuantity, @Nullable Integer maxQuantity, @Nullable Long version) {
        String code = inventory.sku(sku).sku();
        Location location = inventory.activeLocation(locationCode);
        if (safetyStock < 0 || safetyStock > Inventory.MAX_QUANTITY) {
            throw new InvalidStockInput("safetyStock", "Enter 0 or more.");
        }
        if (reorderPoint < safetyStock || reorderPoint > Inventory.MAX_QUANTITY) {
            throw new InvalidStockInput("reorderPoint", "The reorder point cannot be below the safety stock ("
                    + safetyStock + ").");
        }
        if ((reorderQuantity == null) == (maxQuantity == null)) {
            throw new InvalidStockInput("reorderQuantity", "Give either a reorder quantity or a maximum, not both.");
        }
        if (reorderQuantity != null && (reorderQuantity < 1 || reorderQuantity > Inventory.MAX_QUANTITY)) {
            throw new InvalidStockInput("reorderQuantity", "Order at least 1.");
        }
        if (maxQuantity != null && (maxQuantity <= reorderPoint || maxQuantity > Inventory.MAX_QUANTITY)) {
            throw new InvalidStockInput("maxQuantity", "The maximum must be above the reorder point (" + reorderPoint + ").");
        }
        boolean changed = version == null
                ? store.insert(code, location.id(), safetyStock, reorderPoint, reorderQuantity, maxQuantity)
                : store.update(code, location.id(), version, safetyStock, reorderPoint, reorderQuantity, maxQuantity);
        if (!changed) {
            throw new StockRecordChanged("The reorder policy of " + code + " at " + location.code());
        }
        return find(code, location.code()).orElseThrow();
    }

    @Transactional
    @PreAuthorize(InventoryAccess.PLANNERS)
    public boolean remove(String sku, String locationCode) {
        return store.remove(Inventory.normalSku(sku), locationCode);
    }
}
