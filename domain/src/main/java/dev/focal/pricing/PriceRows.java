package dev.focal.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
}
