package dev.focal.procurement;

import dev.focal.catalog.Catalog;
import dev.focal.catalog.SkuFacts;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordChanged;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordNotFound;
import dev.focal.shared.Email;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers and what they sell us (supplier items: their article number, cost, pack size, minimum order
 * quantity and lead time per catalog SKU). Buyers and admins edit; every staff member reads. A save naming a
 * stale version throws {@link PurchaseRecordChanged} and writes nothing. The rows are {@link SupplierStore}'s.
 */
@Service
@Transactional(readOnly = true)
public class Suppliers {


    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{0,19}$");

    private final SupplierStore store;
    private final Catalog catalog;
    private final Clock clock;

    Suppliers(SupplierStore store, Catalog catalog, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Suppliers whose code, name, contact or e-mail contains the text, by name. */
    @PreAuthorize(ProcurementAccess.STAFF)
    public List<SupplierSummary> find(@Nullable String text, Pageable page) {
        return store.find(like(text), page.getPageSize(), page.getOffset());
    }

    @PreAuthorize(ProcurementAccess.STAFF)
    public long count(@Nullable String text) {
        return store.count(like(text));
    }

    /** Active suppliers by name, for choosing one (a PO's supplier). */
    @PreAuthorize(ProcurementAccess.STAFF)
    public List<SupplierSummary> active() {
        return find(null, org.springframework.data.domain.PageRequest.of(0, 1000)).stream()
                .filter(SupplierSummary::active).toList();
    }

    /** @throws PurchaseRecordNotFound when there is no supplier with that code */
    @PreAuthorize(ProcurementAccess.STAFF)
    public SupplierDetails get(String code) {
        return findDetails(code).orElseThrow(() -> new PurchaseRecordNotFound("supplier " + code));
    }

    @PreAuthorize(ProcurementAccess.STAFF)
    public Optional<SupplierDetails> find(String code) {
        return findDetails(code);
    }

    Optional<SupplierDetails> findDetails(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return store.details(code.strip().toUpperCase(Locale.ROOT));
    }

    UUID idOf(String code) {
        return store.idOf(code).orElseThrow(() -> new PurchaseRecordNotFound("supplier " + code));
    }

    /**
     * Creates a supplier; returns its code (upper case).
     *
     * @throws InvalidPurchaseInput naming the field of the first problem, including a code in use
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public String create(SupplierDraft draft) {
        SupplierDraft d = check(draft);
        if (findDetails(d.code()).isPresent()) {
            throw codeTaken(d.code());
        }
        Instant now = clock.instant();
        try {
            store.insert(d, now);
        } catch (DuplicateKeyException raced) {
            throw codeTaken(d.code());
        }
        return d.code();
    }

    /**
     * Saves a supplier's data when nobody saved it since {@code version} was read. The code names the supplier
     * and cannot change. A currency change is refused while the supplier has open purchase orders.
     *
     * @throws PurchaseRecordChanged when it was saved in between (nothing is written)
     * @throws InvalidPurchaseInput naming the field of the first problem
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public void update(long version, SupplierDraft draft) {
        SupplierDraft d = check(draft);
        SupplierDetails current = get(d.code());
        if (!current.currency().equals(d.currency())) {
            int open = store.openOrders(d.code());
            if (open > 0) {
                throw new InvalidPurchaseInput("currency", "The supplier has " + open + " open purchase order"
                        + (open == 1 ? "" : "s") + " in " + current.currency() + "; finish them before changing the currency.");
            }
        }
        boolean changed = store.update(version, d, clock.instant());
        if (!changed) {
            throw new PurchaseRecordChanged("Supplier " + d.code());
        }
    }

    /** The supplier's items by SKU. */
    @PreAuthorize(ProcurementAccess.STAFF)
    public List<SupplierItem> items(String supplierCode) {
        return store.items(normal(supplierCode));
    }

    /** Every supplier's item for a SKU, cheapest first (then shortest lead time). */
    @PreAuthorize(ProcurementAccess.STAFF)
    public List<SupplierItem> itemsForSku(String sku) {
        return itemsOfSku(sku);
    }

    List<SupplierItem> itemsOfSku(String sku) {
        return store.itemsOfSku(normal(sku));
    }

    @PreAuthorize(ProcurementAccess.STAFF)
    public Optional<SupplierItem> item(String supplierCode, String sku) {
        return findItem(normal(supplierCode), normal(sku));
    }

    Optional<SupplierItem> findItem(String supplierCode, String sku) {
        return store.item(supplierCode, sku);
    }

    /**
     * Creates ({@code version} null) or changes the supplier's item for a SKU; a supplier has one item per SKU.
     *
     * @throws InvalidPurchaseInput naming {@code sku}, {@code supplierSku}, {@code unitCost}, {@code packSize},
     *                              {@code minimumOrderQuantity} or {@code leadTimeDays}
     * @throws PurchaseRecordChanged when the item was changed or removed since {@code version} was read
     */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public void saveItem(String supplierCode, SupplierItemDraft item, @Nullable Long version) {
        UUID supplier = idOf(normal(supplierCode));
        if (item == null) {
            throw new InvalidPurchaseInput("sku", "Scan or enter a SKU.");
        }
        SkuFacts sku = sku(item.sku(), "sku");
        String supplierSku = item.supplierSku() == null ? "" : item.supplierSku().strip();
        if (supplierSku.isEmpty() || supplierSku.length() > 64) {
            throw new InvalidPurchaseInput("supplierSku", "Enter the supplier's article number (1 to 64 characters).");
        }
        BigDecimal cost = unitCost(item.unitCost(), "unitCost");
        if (item.packSize() < 1 || item.packSize() > 10_000) {
            throw new InvalidPurchaseInput("packSize", "A pack holds 1 or more units (1 when sold singly).");
        }
        if (item.minimumOrderQuantity() < 1 || item.minimumOrderQuantity() > 100_000) {
            throw new InvalidPurchaseInput("minimumOrderQuantity", "Enter the smallest quantity the supplier takes, 1 or more.");
        }
        if (item.leadTimeDays() != null && (item.leadTimeDays() < 0 || item.leadTimeDays() > 365)) {
            throw new InvalidPurchaseInput("leadTimeDays", "Enter 0 to 365 days, or leave empty for the supplier's default.");
        }
        if (version == null) {
            boolean inserted;
            try {
                inserted = store.insertItem(supplier, sku.sku(), supplierSku, cost, item);
            } catch (DuplicateKeyException raced) {
                inserted = false;
            }
            if (!inserted) {
                throw new InvalidPurchaseInput("sku", "The supplier has an item for " + sku.sku()
                        + " already; change that one.");
            }
        } else if (!store.updateItem(supplier, sku.sku(), supplierSku, cost, item, version)) {
            throw new PurchaseRecordChanged("The item " + sku.sku() + " of " + normal(supplierCode));
        }
    }

    /** Removes the supplier's item for a SKU (POs keep their copies of its data). */
    @Transactional
    @PreAuthorize(ProcurementAccess.BUYERS)
    public void removeItem(String supplierCode, String sku) {
        UUID supplier = idOf(normal(supplierCode));
        if (!store.deleteItem(supplier, normal(sku))) {
            throw new PurchaseRecordNotFound("item " + normal(sku) + " of supplier " + normal(supplierCode));
        }
    }

    SkuFacts sku(@Nullable String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidPurchaseInput(field, "Scan or enter a SKU.");
        }
        return catalog.findByScanForStaff(code.strip())
                .orElseThrow(() -> new InvalidPurchaseInput(field, "No SKU or barcode " + code.strip() + " in the catalog."));
    }

    static BigDecimal unitCost(@Nullable BigDecimal cost, String field) {
        if (cost == null || cost.signum() < 0 || cost.compareTo(new BigDecimal("99999999")) > 0) {
            throw new InvalidPurchaseInput(field, "Enter a unit cost of 0 or more, like 12.50.");
        }
        BigDecimal c = cost.stripTrailingZeros();
        if (c.scale() > 4) {
            throw new InvalidPurchaseInput(field, "Give the unit cost with at most 4 decimals.");
        }
        return c.scale() < 2 ? c.setScale(2) : c;
    }

    private SupplierDraft check(@Nullable SupplierDraft draft) {
        if (draft == null) {
            throw new InvalidPurchaseInput("code", "Enter the supplier.");
        }
        String code = normal(draft.code());
        if (!CODE.matcher(code).matches()) {
            throw new InvalidPurchaseInput("code", "Use 1 to 20 letters, digits or dashes, like ZEISS-DE.");
        }
        String name = text(draft.name(), "name", 120, true, "Enter the supplier's name.");
        String email;
        try {
            email = Email.of(draft.email()).value();
        } catch (IllegalArgumentException e) {
            throw new InvalidPurchaseInput("email", "Enter the e-mail address purchase orders go to, like orders@supplier.com.");
        }
        String phone = text(draft.phone(), "phone", 40, false, "Keep the phone number to 40 characters.");
        String contact = text(draft.contactName(), "contactName", 120, false, "Keep the contact's name to 120 characters.");
        String address = draft.address() == null ? "" : draft.address().strip().replace("\r\n", "\n");
        if (address.isEmpty() || address.length() > 1000) {
            throw new InvalidPurchaseInput("address", "Enter the supplier's postal address (it is printed on purchase orders).");
        }
        String currency = draft.currency() == null ? "" : draft.currency().strip().toUpperCase(Locale.ROOT);
        try {
            if (currency.length() != 3) {
                throw new IllegalArgumentException();
            }
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidPurchaseInput("currency", "Enter an ISO currency code like EUR or USD.");
        }
        String terms = text(draft.paymentTerms(), "paymentTerms", 120, true, "Enter the payment terms, like 30 days net.");
        if (draft.defaultLeadTimeDays() < 0 || draft.defaultLeadTimeDays() > 365) {
            throw new InvalidPurchaseInput("defaultLeadTimeDays", "Enter 0 to 365 days.");
        }
        BigDecimal minimum = draft.minimumOrderValue() == null ? BigDecimal.ZERO : draft.minimumOrderValue();
        if (minimum.signum() < 0 || minimum.compareTo(new BigDecimal("9999999999")) > 0
                || minimum.stripTrailingZeros().scale() > 2) {
            throw new InvalidPurchaseInput("minimumOrderValue", "Enter 0 or more with at most 2 decimals (0: no minimum).");
        }
        if (draft.overReceiptTolerancePercent() < 0 || draft.overReceiptTolerancePercent() > 100) {
            throw new InvalidPurchaseInput("overReceiptTolerancePercent", "Enter 0 to 100 percent.");
        }
        return new SupplierDraft(code, name, email, phone, contact, address, currency, terms,
                draft.defaultLeadTimeDays(), minimum.setScale(2, java.math.RoundingMode.UNNECESSARY),
                draft.overReceiptTolerancePercent(), draft.active());
    }

    private static @Nullable String text(@Nullable String value, String field, int max, boolean required, String message) {
        String v = value == null ? "" : value.strip();
        if ((required && v.isEmpty()) || v.length() > max) {
            throw new InvalidPurchaseInput(field, message);
        }
        return v.isEmpty() ? null : v;
    }

    private static InvalidPurchaseInput codeTaken(String code) {
        return new InvalidPurchaseInput("code", "There is a supplier " + code + " already.");
    }

    static String normal(@Nullable String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    private static @Nullable String like(@Nullable String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
