package dev.focal.pricing;

import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The price rows of price lists (item, lens, coating) and the tax rates: plain keyed values, written with
 * upserts and read one key at a time, so a list of thousands of SKUs is never loaded whole.
 */
@Component
class PriceRows {

    private final JdbcClient jdbc;

    PriceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void putItem(UUID list, String sku, BigDecimal amount) {
        jdbc.sql("""
                insert into price_list_item (price_list_id, sku, amount) values (?, ?, ?)
                on conflict (price_list_id, sku) do update set amount = excluded.amount""")
                .params(list, sku, amount).update();
    }

    void putLens(UUID list, String lensProductId, String index, BigDecimal amount) {
        jdbc.sql("""
                insert into price_list_lens (price_list_id, lens_product_id, lens_index, amount) values (?, ?, ?, ?)
                on conflict (price_list_id, lens_product_id, lens_index) do update set amount = excluded.amount""")
                .params(list, lensProductId, index, amount).update();
    }

    void putCoating(UUID list, String lensProductId, String coating, BigDecimal amount) {
        jdbc.sql("""
                insert into price_list_coating (price_list_id, lens_product_id, coating, amount) values (?, ?, ?, ?)
                on conflict (price_list_id, lens_product_id, coating) do update set amount = excluded.amount""")
                .params(list, lensProductId, coating, amount).update();
    }

    Optional<BigDecimal> item(UUID list, String sku) {
        return jdbc.sql("select amount from price_list_item where price_list_id = ? and sku = ?")
                .params(list, sku).query(BigDecimal.class).optional();
    }

    Optional<BigDecimal> lens(UUID list, String lensProductId, String index) {
        return jdbc.sql("select amount from price_list_lens where price_list_id = ? and lens_product_id = ? "
                        + "and lens_index = ?")
                .params(list, lensProductId, index).query(BigDecimal.class).optional();
    }

    Optional<BigDecimal> coating(UUID list, String lensProductId, String coating) {
        return jdbc.sql("select amount from price_list_coating where price_list_id = ? and lens_product_id = ? "
                        + "and coating = ?")
                .params(list, lensProductId, coating).query(BigDecimal.class).optional();
    }

    void putTaxRate(TaxRate rate) {
        jdbc.sql("""
                insert into tax_rate (tax_class, region, percent) values (?, ?, ?)
                on conflict (tax_class, region) do update set percent = excluded.percent""")
                .params(rate.taxClass(), rate.region(), rate.percent()).update();
    }

    List<TaxRate> taxRates(String region) {
        return jdbc.sql("select tax_class, region, percent from tax_rate where region = ? order by tax_class")
                .param(region)
                .query((rs, n) -> new TaxRate(rs.getString(1), rs.getString(2), rs.getBigDecimal(3))).list();
    }

    void putItems(UUID list, java.util.Map<String, BigDecimal> amounts) {
        var skus = amounts.keySet().stream().sorted().toList();
        jdbc.sql("""
                insert into price_list_item (price_list_id, sku, amount)
                select ?, s, a from unnest(?::varchar[], ?::numeric[]) as t(s, a)
                on conflict (price_list_id, sku) do update set amount = excluded.amount""")
                .params(list, PricingRuleStore.pgArray(skus),
                        "{" + String.join(",", skus.stream().map(k -> amounts.get(k).toPlainString()).toList()) + "}")
                .update();
    }

    boolean deleteItem(UUID list, String sku) {
        return jdbc.sql("delete from price_list_item where price_list_id = ? and sku = ?").params(list, sku).update() == 1;
    }

    boolean deleteLens(UUID list, String lensProductId, String index) {
        return jdbc.sql("delete from price_list_lens where price_list_id = ? and lens_product_id = ? and lens_index = ?")
                .params(list, lensProductId, index).update() == 1;
    }

    boolean deleteCoating(UUID list, String lensProductId, String coating) {
        return jdbc.sql("delete from price_list_coating where price_list_id = ? and lens_product_id = ? and coating = ?")
                .params(list, lensProductId, coating).update() == 1;
    }

    /** Item prices of a list whose SKU contains the text, by SKU. */
    List<ItemPrice> items(UUID list, java.util.Currency currency, @Nullable String text, long offset, int limit) {
        return jdbc.sql("select sku, amount from price_list_item where price_list_id = ? "
                        + "and (?::varchar is null or sku ilike ?) order by sku offset ? limit ?")
                .params(list, PricingRuleStore.like(text), PricingRuleStore.like(text), offset, limit)
                .query((rs, n) -> new ItemPrice(rs.getString(1), new Money(rs.getBigDecimal(2), currency))).list();
    }

    long countItems(UUID list, @Nullable String text) {
        return jdbc.sql("select count(*) from price_list_item where price_list_id = ? and (?::varchar is null or sku ilike ?)")
                .params(list, PricingRuleStore.like(text), PricingRuleStore.like(text)).query(Long.class).single();
    }

    List<LensPrice> lenses(UUID list, java.util.Currency currency, long offset, int limit) {
        return jdbc.sql("select lens_product_id, lens_index, amount from price_list_lens where price_list_id = ? "
                        + "order by lens_product_id, lens_index offset ? limit ?")
                .params(list, offset, limit)
                .query((rs, n) -> new LensPrice(rs.getString(1), rs.getString(2), new Money(rs.getBigDecimal(3), currency)))
                .list();
    }

    long countLenses(UUID list) {
        return jdbc.sql("select count(*) from price_list_lens where price_list_id = ?").param(list).query(Long.class).single();
    }

    List<CoatingPrice> coatings(UUID list, java.util.Currency currency, long offset, int limit) {
        return jdbc.sql("select lens_product_id, coating, amount from price_list_coating where price_list_id = ? "
                        + "order by lens_product_id, coating offset ? limit ?")
                .params(list, offset, limit)
                .query((rs, n) -> new CoatingPrice(rs.getString(1), rs.getString(2), new Money(rs.getBigDecimal(3), currency)))
                .list();
    }

    long countCoatings(UUID list) {
        return jdbc.sql("select count(*) from price_list_coating where price_list_id = ?").param(list).query(Long.class).single();
    }

    /** Tax rates whose class or region contains the text, by region and class. */
    List<TaxRate> taxRates(@Nullable String text, long offset, int limit) {
        return jdbc.sql("select tax_class, region, percent from tax_rate where (?::varchar is null or tax_class ilike ? "
                        + "or region ilike ?) order by region, tax_class offset ? limit ?")
                .params(PricingRuleStore.like(text), PricingRuleStore.like(text), PricingRuleStore.like(text), offset, limit)
                .query((rs, n) -> new TaxRate(rs.getString(1), rs.getString(2), rs.getBigDecimal(3))).list();
    }

    long countTaxRates(@Nullable String text) {
        return jdbc.sql("select count(*) from tax_rate where (?::varchar is null or tax_class ilike ? or region ilike ?)")
                .params(PricingRuleStore.like(text), PricingRuleStore.like(text), PricingRuleStore.like(text))
                .query(Long.class).single();
    }

    boolean deleteTaxRate(String taxClass, String region) {
        return jdbc.sql("delete from tax_rate where tax_class = ? and region = ?").params(taxClass, region).update() == 1;
    }
}
