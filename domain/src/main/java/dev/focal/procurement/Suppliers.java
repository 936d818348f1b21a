package dev.focal.procurement;

import dev.focal.catalog.Catalog;
import dev.focal.catalog.SkuFacts;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordChanged;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordNotFound;
import dev.focal.shared.Email;
import dev.focal.shared.Ids;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers and what they sell us (supplier items: their article number, cost, pack size, minimum order
 * quantity and lead time per catalog SKU). Buyers and admins edit; every staff member reads. A save naming a
 * stale version throws {@link PurchaseRecordChanged} and writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class Suppliers {

    static final String STAFF = "hasAnyRole('ADMIN', 'BUYER', 'ASSOCIATE', 'OPTICIAN', 'WAREHOUSE')";
    static final String BUYERS = "hasAnyRole('ADMIN', 'BUYER')";

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{0,19}$");

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Clock clock;

    Suppliers(JdbcClient jdbc, Catalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Suppliers whose code, name, contact or e-mail contains the text, by name. */
    @PreAuthorize(STAFF)
    public List<SupplierSummary> find(@Nullable String text, Pageable page) {
        return jdbc.sql("""
                select s.code, s.name, s.email, s.currency, s.default_lead_time_days, s.active,
                       (select count(*) from supplier_item i where i.supplier_id = s.id) as items,
                       (select count(*) from purchase_order p where p.supplier_id = s.id
                          and p.status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'SENT', 'PARTIALLY_RECEIVED')) as open_orders
                from supplier s where %s
                order by s.active desc, lower(s.name), s.code limit :limit offset :offset""".formatted(MATCHING))
                .param("text", like(text)).param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((rs, n) -> new SupplierSummary(rs.getString("code"), rs.getString("name"), rs.getString("email"),
                        rs.getString("currency"), rs.getInt("default_lead_time_days"), rs.getInt("items"),
                        rs.getInt("open_orders"), rs.getBoolean("active")))
                .list();
    }

    @PreAuthorize(STAFF)
    public long count(@Nullable String text) {
        return jdbc.sql("select count(*) from supplier s where " + MATCHING).param("text", like(text))
                .query(Long.class).single();
    }

    /** Active suppliers by name, for choosing one (a PO's supplier). */
    @PreAuthorize(STAFF)
    public List<SupplierSummary> active() {
        return find(null, org.springframework.data.domain.PageRequest.of(0, 1000)).stream()
                .filter(SupplierSummary::active).toList();
    }

    /** @throws PurchaseRecordNotFound when there is no supplier with that code */
    @PreAuthorize(STAFF)
    public SupplierDetails get(String code) {
        return findDetails(code).orElseThrow(() -> new PurchaseRecordNotFound("supplier " + code));
    }

    @PreAuthorize(STAFF)
    public Optional<SupplierDetails> find(String code) {
        return findDetails(code);
    }

    Optional<SupplierDetails> findDetails(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from supplier where code = ?").param(code.strip().toUpperCase(Locale.ROOT))
                .query(Suppliers::details).optional();
    }

    UUID idOf(String code) {
        return jdbc.sql("select id from supplier where code = ?").param(code).query(UUID.class).optional()
                .orElseThrow(() -> new PurchaseRecordNotFound("supplier " + code));
    }

    /**
     * Creates a supplier; returns its code (upper case).
     *
     * @throws InvalidPurchaseInput naming the field of the first problem, including a code in use
     */
    @Transactional
    @PreAuthorize(BUYERS)
    public String create(SupplierDraft draft) {
        SupplierDraft d = check(draft);
        if (findDetails(d.code()).isPresent()) {
            throw codeTaken(d.code());
        }
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                    insert into supplier (id, code, name, email, phone, contact_name, address, currency, payment_terms,
                        default_lead_time_days, minimum_order_value, over_receipt_tolerance_percent, active,
                        created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Ids.newId(), d.code(), d.name(), d.email(), d.phone(), d.contactName(), d.address(),
                            d.currency(), d.paymentTerms(), d.defaultLeadTimeDays(), d.minimumOrderValue(),
                            d.overReceiptTolerancePercent(), d.active(), Timestamp.from(now), Timestamp.from(now))
                    .update();
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
    @PreAuthorize(BUYERS)
    public void update(long version, SupplierDraft draft) {
        SupplierDraft d = check(draft);
        SupplierDetails current = get(d.code());
        if (!current.currency().equals(d.currency())) {
            int open = jdbc.sql("""
                    select count(*) from purchase_order p join supplier s on s.id = p.supplier_id where s.code = ?
                      and p.status not in ('CLOSED', 'CANCELLED', 'RECEIVED')""").param(d.code()).query(Integer.class).single();
            if (open > 0) {
                throw new InvalidPurchaseInput("currency", "The supplier has " + open + " open purchase order"
                        + (open == 1 ? "" : "s") + " in " + current.currency() + "; finish them before changing the currency.");
            }
        }
        int changed = jdbc.sql("""
                update supplier set name = ?, email = ?, phone = ?, contact_name = ?, address = ?, currency = ?,
                    payment_terms = ?, default_lead_time_days = ?, minimum_order_value = ?,
                    over_receipt_tolerance_percent = ?, active = ?, updated_at = ?, version = version + 1
                where code = ? and version = ?""")
                .params(d.name(), d.email(), d.phone(), d.contactName(), d.address(), d.currency(), d.paymentTerms(),
                        d.defaultLeadTimeDays(), d.minimumOrderValue(), d.overReceiptTolerancePercent(), d.active(),
                        Timestamp.from(clock.instant()), d.code(), version)
                .update();
        if (changed == 0) {
            throw new PurchaseRecordChanged("Supplier " + d.code());
        }
    }

    /** The supplier's items by SKU. */
    @PreAuthorize(STAFF)
    public List<SupplierItem> items(String supplierCode) {
        return jdbc.sql(ITEMS + " where s.code = ? order by i.sku").param(normal(supplierCode)).query(Suppliers::item).list();
    }

    /** Every supplier's item for a SKU, cheapest first (then shortest lead time). */
    @PreAuthorize(STAFF)
    public List<SupplierItem> itemsForSku(String sku) {
        return itemsOfSku(sku);
    }

    List<SupplierItem> itemsOfSku(String sku) {
        return jdbc.sql(ITEMS + """
                 where i.sku = ? and s.active
                order by i.unit_cost, coalesce(i.lead_time_days, s.default_lead_time_days), s.code""")
                .param(normal(sku)).query(Suppliers::item).list();
    }

    @PreAuthorize(STAFF)
    public Optional<SupplierItem> item(String supplierCode, String sku) {
        return findItem(normal(supplierCode), normal(sku));
    }

    Optional<SupplierItem> findItem(String supplierCode, String sku) {
        return jdbc.sql(ITEMS + " where s.code = ? and i.sku = ?").params(supplierCode, sku).query(Suppliers::item)
                .optional();
    }

    /**
     * Creates ({@code version} null) or changes the supplier's item for a SKU; a supplier has one item per SKU.
     *
     * @throws InvalidPurchaseInput naming {@code sku}, {@code supplierSku}, {@code unitCost}, {@code packSize},
     *                              {@code minimumOrderQuantity} or {@code leadTimeDays}
     * @throws PurchaseRecordChanged when the item was changed or removed since {@code version} was read
     */
    @Transactional
    @PreAuthorize(BUYERS)
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
        int changed;
        if (version == null) {
            try {
                changed = jdbc.sql("""
                        insert into supplier_item (id, supplier_id, sku, supplier_sku, unit_cost, pack_size,
                            minimum_order_quantity, lead_time_days) values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (supplier_id, sku) do nothing""")
                        .params(Ids.newId(), supplier, sku.sku(), supplierSku, cost, item.packSize(),
                                item.minimumOrderQuantity(), item.leadTimeDays()).update();
            } catch (DuplicateKeyException raced) {
                changed = 0;
            }
            if (changed == 0) {
                throw new InvalidPurchaseInput("sku", "The supplier has an item for " + sku.sku()
                        + " already; change that one.");
            }
        } else {
            changed = jdbc.sql("""
                    update supplier_item set supplier_sku = ?, unit_cost = ?, pack_size = ?, minimum_order_quantity = ?,
                        lead_time_days = ?, version = version + 1
                    where supplier_id = ? and sku = ? and version = ?""")
                    .params(supplierSku, cost, item.packSize(), item.minimumOrderQuantity(), item.leadTimeDays(),
                            supplier, sku.sku(), version).update();
            if (changed == 0) {
                throw new PurchaseRecordChanged("The item " + sku.sku() + " of " + normal(supplierCode));
            }
        }
    }

    /** Removes the supplier's item for a SKU (POs keep their copies of its data). */
    @Transactional
    @PreAuthorize(BUYERS)
    public void removeItem(String supplierCode, String sku) {
        UUID supplier = idOf(normal(supplierCode));
        int removed = jdbc.sql("delete from supplier_item where supplier_id = ? and sku = ?")
                .params(supplier, normal(sku)).update();
        if (removed == 0) {
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

    private static final String MATCHING = """
            (cast(:text as varchar) is null or lower(s.code) like :text or lower(s.name) like :text
             or lower(coalesce(s.contact_name, '')) like :text or lower(s.email) like :text)""";

    static final String ITEMS = """
            select i.*, s.code as supplier_code, s.currency, s.default_lead_time_days,
                   (p.brand || ' ' || p.name || coalesce(', ' || fc.name, '')
                    || coalesce(', ' || fs.a_mm || '□' || fs.dbl_mm || '-' || fs.temple_mm, '')
                    || coalesce(', +' || cs.reader_power, '')) as description
            from supplier_item i join supplier s on s.id = i.supplier_id
            join catalog_sku cs on cs.sku = i.sku
            join product p on p.id = cs.product_id
            left join frame_colour fc on fc.id = cs.colour_id
            left join frame_size fs on fs.id = cs.size_id
            """;

    static SupplierItem item(ResultSet rs, int row) throws SQLException {
        Integer lead = (Integer) rs.getObject("lead_time_days");
        return new SupplierItem(rs.getString("supplier_code"), rs.getString("sku"), rs.getString("description"),
                rs.getString("supplier_sku"), rs.getBigDecimal("unit_cost"), rs.getString("currency"),
                rs.getInt("pack_size"), rs.getInt("minimum_order_quantity"), lead,
                lead == null ? rs.getInt("default_lead_time_days") : lead, rs.getLong("version"));
    }

    private static SupplierDetails details(ResultSet rs, int row) throws SQLException {
        return new SupplierDetails(rs.getString("code"), rs.getString("name"), rs.getString("email"),
                rs.getString("phone"), rs.getString("contact_name"), rs.getString("address"), rs.getString("currency"),
                rs.getString("payment_terms"), rs.getInt("default_lead_time_days"),
                rs.getBigDecimal("minimum_order_value"), rs.getInt("over_receipt_tolerance_percent"),
                rs.getBoolean("active"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
