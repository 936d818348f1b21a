package dev.focal.pricing;

import dev.focal.pricing.PromotionDraft.EffectKind;
import dev.focal.shared.Money;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Promotions, coupons with their redemptions, and Rx surcharge rules in plain SQL. Updates name the version
 * the editor read and report {@code false} when the row has moved on, so a stale save writes nothing.
 */
@Component
class PricingRuleStore {

    private static final String PROMOTION_COLUMNS = """
            id, version, code, name, effect, percent, amount, currency, buy_qty, get_qty, coating, categories,
            brands, products, min_subtotal, customer_groups, channels, starts_at, ends_at, priority, stacking,
            coupon_code, enabled""";
    private static final Map<String, String> PROMOTION_SORT = Map.of("code", "code", "name", "name",
            "priority", "priority", "startsAt", "starts_at", "endsAt", "ends_at", "enabled", "enabled");
    private static final Map<String, String> COUPON_SORT = Map.of("code", "code", "expiresAt", "expires_at",
            "timesRedeemed", "times_redeemed");
    private static final Map<String, String> SURCHARGE_SORT = Map.of("kind", "kind", "threshold", "threshold",
            "amount", "amount", "currency", "currency");

    private final JdbcClient jdbc;

    PricingRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- promotions ---------------------------------------------------------------------------------------

    void insertPromotion(UUID id, PromotionDraft d) {
        jdbc.sql("""
                insert into promotion (id, version, code, name, effect, percent, amount, currency, buy_qty, get_qty,
                    coating, categories, brands, products, min_subtotal, customer_groups, channels, starts_at, ends_at,
                    priority, stacking, coupon_code, enabled)
                values (:id, 0, :code, :name, :effect, :percent, :amount, :currency, :buy, :get, :coating,
                    :categories::varchar[], :brands::varchar[], :products::varchar[], :minSubtotal,
                    :groups::varchar[], :channels::varchar[], :startsAt, :endsAt, :priority, :stacking, :coupon,
                    :enabled)""")
                .param("id", id).params(promotionParams(d)).update();
    }

    boolean updatePromotion(UUID id, long version, PromotionDraft d) {
        return jdbc.sql("""
                update promotion set version = version + 1, name = :name, effect = :effect, percent = :percent,
                    amount = :amount, currency = :currency, buy_qty = :buy, get_qty = :get, coating = :coating,
                    categories = :categories::varchar[], brands = :brands::varchar[], products = :products::varchar[],
                    min_subtotal = :minSubtotal, customer_groups = :groups::varchar[], channels = :channels::varchar[],
                    starts_at = :startsAt, ends_at = :endsAt, priority = :priority, stacking = :stacking,
                    coupon_code = :coupon, enabled = :enabled
                where id = :id and version = :version and code = :code""")
                .param("id", id).param("version", version).params(promotionParams(d)).update() == 1;
    }

    boolean setPromotionEnabled(UUID id, long version, boolean enabled) {
        return jdbc.sql("update promotion set enabled = ?, version = version + 1 where id = ? and version = ?")
                .params(enabled, id, version).update() == 1;
    }

    boolean deletePromotion(UUID id, long version) {
        return jdbc.sql("delete from promotion where id = ? and version = ?").params(id, version).update() == 1;
    }

    Optional<PromotionDetails> promotion(UUID id) {
        return jdbc.sql("select " + PROMOTION_COLUMNS + " from promotion where id = ?").param(id)
                .query(PricingRuleStore::promotion).optional();
    }

    Optional<UUID> promotionIdByCode(String code) {
        return jdbc.sql("select id from promotion where code = ?").param(code).query(UUID.class).optional();
    }

    List<PromotionDetails> promotions(PromotionFilter filter, Pageable page) {
        return jdbc.sql("select " + PROMOTION_COLUMNS + " from promotion where " + promotionWhere()
                        + orderBy(page.getSort(), PROMOTION_SORT, "code") + " offset :offset limit :limit")
                .params(promotionFilterParams(filter))
                .param("offset", page.getOffset()).param("limit", page.getPageSize())
                .query(PricingRuleStore::promotion).list();
    }

    long countPromotions(PromotionFilter filter) {
        return jdbc.sql("select count(*) from promotion where " + promotionWhere())
                .params(promotionFilterParams(filter)).query(Long.class).single();
    }

    /** Enabled promotions that have not ended at the moment (including those still to start, for the explanation). */
    List<PromotionDetails> enabledPromotions(Instant at) {
        return jdbc.sql("select " + PROMOTION_COLUMNS + " from promotion where enabled and (ends_at is null or ends_at > ?)"
                        + " order by priority desc, code")
                .param(Timestamp.from(at)).query(PricingRuleStore::promotion).list();
    }

    private static String promotionWhere() {
        return "(:text::varchar is null or code ilike :text or name ilike :text) and (:all or enabled)";
    }

    private static Map<String, Object> promotionFilterParams(PromotionFilter filter) {
        var params = new HashMap<String, Object>();
        params.put("text", like(filter.text()));
        params.put("all", filter.includeDisabled());
        return params;
    }

    private static Map<String, Object> promotionParams(PromotionDraft d) {
        var params = new HashMap<String, Object>();
        params.put("code", d.code());
        params.put("name", d.name());
        params.put("effect", d.effect().name());
        params.put("percent", d.percent());
        params.put("amount", d.amount());
        params.put("currency", d.currency());
        params.put("buy", d.buy());
        params.put("get", d.get());
        params.put("coating", d.coating());
        params.put("categories", pgArray(d.categories()));
        params.put("brands", pgArray(d.brands()));
        params.put("products", pgArray(d.products()));
        params.put("minSubtotal", d.minimumSubtotal());
        params.put("groups", pgArray(d.customerGroups()));
        params.put("channels", pgArray(d.channels().stream().map(Channel::name).toList()));
        params.put("startsAt", Timestamp.from(d.startsAt()));
        params.put("endsAt", d.endsAt() == null ? null : Timestamp.from(d.endsAt()));
        params.put("priority", d.priority());
        params.put("stacking", d.stacking().name());
        params.put("coupon", d.couponCode());
        params.put("enabled", d.enabled());
        return params;
    }

    private static PromotionDetails promotion(ResultSet rs, int row) throws SQLException {
        var channels = EnumSet.noneOf(Channel.class);
        strings(rs.getArray("channels")).forEach(c -> channels.add(Channel.valueOf(c)));
        var draft = new PromotionDraft(rs.getString("code"), rs.getString("name"),
                EffectKind.valueOf(rs.getString("effect")), rs.getBigDecimal("percent"), rs.getBigDecimal("amount"),
                rs.getString("currency"), (Integer) rs.getObject("buy_qty"), (Integer) rs.getObject("get_qty"),
                rs.getString("coating"), strings(rs.getArray("categories")), strings(rs.getArray("brands")),
                strings(rs.getArray("products")), rs.getBigDecimal("min_subtotal"),
                strings(rs.getArray("customer_groups")), channels, rs.getTimestamp("starts_at").toInstant(),
                instant(rs.getTimestamp("ends_at")), rs.getInt("priority"),
                Promotion.Stacking.valueOf(rs.getString("stacking")), rs.getString("coupon_code"),
                rs.getBoolean("enabled"));
        return new PromotionDetails(new PromotionId(rs.getObject("id", UUID.class)), rs.getLong("version"), draft);
    }

    // --- coupons ------------------------------------------------------------------------------------------

    void insertCoupon(CouponDraft d) {
        jdbc.sql("""
                insert into coupon (code, description, total_limit, per_customer_limit, expires_at)
                values (?, ?, ?, ?, ?)""")
                .params(d.code(), d.description(), d.totalLimit(), d.perCustomerLimit(), timestamp(d.expiresAt()))
                .update();
    }

    boolean updateCoupon(long version, CouponDraft d) {
        return jdbc.sql("""
                update coupon set description = ?, total_limit = ?, per_customer_limit = ?, expires_at = ?,
                    version = version + 1
                where code = ? and version = ?""")
                .params(d.description(), d.totalLimit(), d.perCustomerLimit(), timestamp(d.expiresAt()), d.code(),
                        version)
                .update() == 1;
    }

    Optional<CouponDetails> coupon(String code) {
        return jdbc.sql(couponSelect() + " where c.code = :code").param("code", code)
                .query(PricingRuleStore::coupon).optional();
    }

    List<CouponDetails> coupons(@Nullable String text, Pageable page) {
        return jdbc.sql(couponSelect() + " where (:text::varchar is null or c.code ilike :text or c.description ilike :text)"
                        + orderBy(page.getSort(), COUPON_SORT, "code") + " offset :offset limit :limit")
                .param("text", like(text)).param("offset", page.getOffset()).param("limit", page.getPageSize())
                .query(PricingRuleStore::coupon).list();
    }

    long countCoupons(@Nullable String text) {
        return jdbc.sql("select count(*) from coupon c where (:text::varchar is null or c.code ilike :text "
                        + "or c.description ilike :text)")
                .param("text", like(text)).query(Long.class).single();
    }

    /** The coupons with these codes as the calculator needs them, counting the redemptions of one customer. */
    List<Coupon> couponsForQuote(Collection<String> codes, @Nullable String customerId) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.code, c.total_limit, c.per_customer_limit, c.expires_at, c.times_redeemed,
                    (select count(*) from coupon_redemption r where r.code = c.code and r.customer_id = :customer)
                        as by_customer
                from coupon c where c.code = any (:codes::varchar[])""")
                .param("customer", customerId).param("codes", pgArray(codes))
                .query((rs, n) -> new Coupon(rs.getString("code"), (Integer) rs.getObject("total_limit"),
                        (Integer) rs.getObject("per_customer_limit"), instant(rs.getTimestamp("expires_at")),
                        rs.getInt("times_redeemed"), rs.getInt("by_customer")))
                .list();
    }

    /** A coupon's limits and count, read under a row lock held until the transaction ends. */
    record LockedCoupon(String code, @Nullable Integer totalLimit, @Nullable Integer perCustomerLimit,
                        @Nullable Instant expiresAt, int timesRedeemed) {
    }

    Optional<LockedCoupon> lockCoupon(String code) {
        return jdbc.sql("""
                select code, total_limit, per_customer_limit, expires_at, times_redeemed from coupon
                where code = ? for update""")
                .param(code)
                .query((rs, n) -> new LockedCoupon(rs.getString("code"), (Integer) rs.getObject("total_limit"),
                        (Integer) rs.getObject("per_customer_limit"), instant(rs.getTimestamp("expires_at")),
                        rs.getInt("times_redeemed")))
                .optional();
    }

    Optional<CouponRedemption> redemption(String code, String orderRef) {
        return jdbc.sql("select code, order_ref, customer_id, redeemed_at from coupon_redemption "
                        + "where code = ? and order_ref = ?")
                .params(code, orderRef)
                .query((rs, n) -> new CouponRedemption(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), true))
                .optional();
    }

    int redemptionsBy(String code, String customerId) {
        return jdbc.sql("select count(*) from coupon_redemption where code = ? and customer_id = ?")
                .params(code, customerId).query(Integer.class).single();
    }

    void insertRedemption(String code, String orderRef, @Nullable String customerId, Instant at) {
        jdbc.sql("insert into coupon_redemption (code, order_ref, customer_id, redeemed_at) values (?, ?, ?, ?)")
                .params(code, orderRef, customerId, Timestamp.from(at)).update();
        jdbc.sql("update coupon set times_redeemed = times_redeemed + 1 where code = ?").param(code).update();
    }

    private static String couponSelect() {
        return """
                select c.code, c.description, c.total_limit, c.per_customer_limit, c.expires_at, c.times_redeemed,
                    c.version, (select count(distinct r.customer_id) from coupon_redemption r where r.code = c.code)
                        as customers
                from coupon c""";
    }

    private static CouponDetails coupon(ResultSet rs, int row) throws SQLException {
        return new CouponDetails(rs.getString("code"), rs.getString("description"),
                (Integer) rs.getObject("total_limit"), (Integer) rs.getObject("per_customer_limit"),
                instant(rs.getTimestamp("expires_at")), rs.getInt("times_redeemed"), rs.getInt("customers"),
                rs.getLong("version"));
    }

    // --- Rx surcharges ------------------------------------------------------------------------------------

    void insertSurcharge(UUID id, RxSurchargeDraft d) {
        jdbc.sql("insert into rx_surcharge (id, kind, threshold, amount, currency) values (?, ?, ?, ?, ?)")
                .params(id, d.kind().name(), d.threshold(), d.amount(), d.currency()).update();
    }

    boolean updateSurcharge(UUID id, long version, RxSurchargeDraft d) {
        return jdbc.sql("""
                update rx_surcharge set kind = ?, threshold = ?, amount = ?, currency = ?, version = version + 1
                where id = ? and version = ?""")
                .params(d.kind().name(), d.threshold(), d.amount(), d.currency(), id, version).update() == 1;
    }

    boolean deleteSurcharge(UUID id, long version) {
        return jdbc.sql("delete from rx_surcharge where id = ? and version = ?").params(id, version).update() == 1;
    }

    Optional<RxSurchargeDetails> surcharge(UUID id) {
        return jdbc.sql("select id, version, kind, threshold, amount, currency from rx_surcharge where id = ?")
                .param(id).query(PricingRuleStore::surcharge).optional();
    }

    Optional<UUID> surchargeIdByKey(RxSurchargeDraft d) {
        return jdbc.sql("select id from rx_surcharge where kind = ? and threshold = ? and currency = ?")
                .params(d.kind().name(), d.threshold(), d.currency()).query(UUID.class).optional();
    }

    List<RxSurchargeDetails> surcharges(Pageable page) {
        return jdbc.sql("select id, version, kind, threshold, amount, currency from rx_surcharge"
                        + orderBy(page.getSort(), SURCHARGE_SORT, "currency, kind, threshold")
                        + " offset ? limit ?")
                .params(page.getOffset(), page.getPageSize()).query(PricingRuleStore::surcharge).list();
    }

    long countSurcharges() {
        return jdbc.sql("select count(*) from rx_surcharge").query(Long.class).single();
    }

    List<RxSurcharge> surchargesIn(String currency) {
        return jdbc.sql("select id, version, kind, threshold, amount, currency from rx_surcharge where currency = ? "
                        + "order by kind, threshold")
                .param(currency).query(PricingRuleStore::surcharge).list().stream()
                .map(s -> new RxSurcharge(s.id().toString(), s.draft().kind(), s.draft().threshold(),
                        new Money(s.draft().amount(), Currency.getInstance(currency))))
                .toList();
    }

    private static RxSurchargeDetails surcharge(ResultSet rs, int row) throws SQLException {
        return new RxSurchargeDetails(new RxSurchargeId(rs.getObject("id", UUID.class)), rs.getLong("version"),
                new RxSurchargeDraft(RxSurcharge.Kind.valueOf(rs.getString("kind")), rs.getBigDecimal("threshold"),
                        rs.getBigDecimal("amount"), rs.getString("currency")));
    }

    // --- helpers ------------------------------------------------------------------------------------------

    /** An ORDER BY from a grid's sort, using only whitelisted properties; the fallback keeps paging stable. */
    static String orderBy(Sort sort, Map<String, String> columns, String fallback) {
        String order = sort.stream().filter(o -> columns.containsKey(o.getProperty()))
                .map(o -> columns.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        return " order by " + (order.isEmpty() ? fallback : order + ", " + fallback);
    }

    static @Nullable String like(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static String pgArray(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted()
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static Set<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? Set.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
