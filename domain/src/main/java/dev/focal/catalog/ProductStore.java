package dev.focal.catalog;

import dev.focal.catalog.ContactLensSpec.Modality;
import dev.focal.catalog.FrameSpec.AgeGroup;
import dev.focal.catalog.FrameSpec.Colour;
import dev.focal.catalog.FrameSpec.FaceWidth;
import dev.focal.catalog.FrameSpec.Gender;
import dev.focal.catalog.FrameSpec.Material;
import dev.focal.catalog.FrameSpec.RimType;
import dev.focal.catalog.FrameSpec.Shape;
import dev.focal.catalog.FrameSpec.Size;
import dev.focal.catalog.LensSpec.Availability;
import dev.focal.catalog.LensSpec.CoatingOption;
import dev.focal.catalog.LensSpec.LensType;
import dev.focal.shared.Ids;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes products with plain SQL. A product is one header row plus its child rows; a save
 * replaces the children and bumps the header's version only when it still has the version the editor loaded
 * (optimistic locking without a lost update).
 */
@Component
class ProductStore {

    private final JdbcClient jdbc;

    ProductStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored header, as the store needs it for decisions. */
    record Header(UUID id, String code, String slug, ProductStatus status, long version, Category category) {
    }

    void insert(UUID id, ProductDraft d, String slug, ProductStatus status, Instant now) {
        jdbc.sql("""
                insert into product (id, kind, category, code, slug, name, brand, description, status, tax_class,
                    created_at, updated_at, version, %s)
                values (:id, :kind, :category, :code, :slug, :name, :brand, :description, :status, :taxClass,
                    :now, :now, 0, %s)""".formatted(String.join(", ", DETAIL_COLUMNS),
                        String.join(", ", DETAIL_COLUMNS.stream().map(ProductStore::placeholder).toList())))
                .param("id", id).param("kind", d.kind().name()).param("category", d.category().name())
                .param("code", d.code()).param("slug", slug).param("name", d.name()).param("brand", d.brand())
                .param("description", d.description()).param("status", status.name())
                .param("taxClass", d.taxClass()).param("now", Timestamp.from(now))
                .params(detailValues(d))
                .update();
        writeChildren(id, d);
    }

    /** The kind-specific columns of the product row (all of them, null where the kind has none). */
    private static final List<String> DETAIL_COLUMNS = List.of("frame_shape", "frame_material", "rim_type", "gender",
            "age_group", "face_width", "rx_able", "lens_type", "lens_design", "cl_modality", "cl_pack_size",
            "cl_base_curves", "cl_diameters", "cl_sph_min", "cl_sph_max", "cl_toric", "cl_cylinders", "cl_multifocal",
            "cl_additions");

    private static String placeholder(String column) {
        return switch (column) {
            case "cl_base_curves", "cl_diameters", "cl_cylinders" -> "cast(:" + column + " as numeric[])";
            case "cl_additions" -> "cast(:" + column + " as varchar[])";
            default -> ":" + column;
        };
    }

    private static Map<String, Object> detailValues(ProductDraft d) {
        var values = new HashMap<String, Object>();
        DETAIL_COLUMNS.forEach(c -> values.put(c, null));
        FrameSpec frame = d.frame();
        if (frame != null) {
            values.put("frame_shape", frame.shape().name());
            values.put("frame_material", frame.material().name());
            values.put("rim_type", frame.rimType().name());
            values.put("gender", frame.gender().name());
            values.put("age_group", frame.ageGroup().name());
            values.put("face_width", frame.faceWidth().name());
            values.put("rx_able", frame.rxAble());
        }
        LensSpec lens = d.lens();
        if (lens != null) {
            values.put("lens_type", lens.type().name());
            values.put("lens_design", lens.design());
        }
        ContactLensSpec cl = d.contactLens();
        if (cl != null) {
            values.put("cl_modality", cl.modality().name());
            values.put("cl_pack_size", cl.packSize());
            values.put("cl_base_curves", pgArray(cl.baseCurves()));
            values.put("cl_diameters", pgArray(cl.diameters()));
            values.put("cl_sph_min", cl.sphMin());
            values.put("cl_sph_max", cl.sphMax());
            values.put("cl_toric", cl.toric());
            values.put("cl_cylinders", pgArray(cl.cylinders()));
            values.put("cl_multifocal", cl.multifocal());
            values.put("cl_additions", pgArray(cl.additions()));
        }
        return values;
    }

    /** Replaces the product's data when its version is still {@code expectedVersion}; false when it is not. */
    boolean update(UUID id, long expectedVersion, ProductDraft d, Instant now) {
        int changed = jdbc.sql("""
                update product set category = :category, name = :name, brand = :brand, description = :description,
                    tax_class = :taxClass, updated_at = :now, version = version + 1, %s
                where id = :id and version = :version""".formatted(String.join(", ", DETAIL_COLUMNS.stream()
                        .map(c -> c + " = " + placeholder(c)).toList())))
                .params(detailValues(d))
                .param("id", id).param("version", expectedVersion).param("category", d.category().name())
                .param("name", d.name()).param("brand", d.brand())
                .param("description", d.description()).param("taxClass", d.taxClass())
                .param("now", Timestamp.from(now))
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from catalog_sku where product_id = ?").param(id).update();
        jdbc.sql("delete from frame_colour where product_id = ?").param(id).update();
        jdbc.sql("delete from frame_size where product_id = ?").param(id).update();
        jdbc.sql("delete from lens_availability where product_id = ?").param(id).update();
        jdbc.sql("delete from lens_coating where product_id = ?").param(id).update();
        writeChildren(id, d);
        return true;
    }

    boolean setStatus(UUID id, long expectedVersion, ProductStatus status, Instant now) {
        return jdbc.sql("update product set status = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(status.name(), Timestamp.from(now), id, expectedVersion).update() == 1;
    }

    void touch(UUID id, Instant now) {
        jdbc.sql("update product set updated_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(now), id).update();
    }

    private void writeChildren(UUID id, ProductDraft d) {
        var colourIds = new HashMap<String, UUID>();
        var sizeIds = new HashMap<String, UUID>();
        FrameSpec frame = d.frame();
        if (frame != null) {
            int position = 0;
            for (Colour c : frame.colours()) {
                UUID colourId = Ids.newId();
                colourIds.put(c.code(), colourId);
                jdbc.sql("insert into frame_colour (id, product_id, code, name, swatch, surcharge, position) "
                                + "values (?, ?, ?, ?, ?, ?, ?)")
                        .params(colourId, id, c.code(), c.name(), c.swatch(), c.surcharge(), position++).update();
            }
            position = 0;
            for (Size s : frame.sizes()) {
                UUID sizeId = Ids.newId();
                sizeIds.put(s.key(), sizeId);
                jdbc.sql("insert into frame_size (id, product_id, a_mm, b_mm, dbl_mm, ed_mm, temple_mm, position) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(sizeId, id, s.a(), s.b(), s.dbl(), s.ed(), s.temple(), position++).update();
            }
        }
        LensSpec lens = d.lens();
        if (lens != null) {
            for (Availability a : lens.availability()) {
                jdbc.sql("""
                        insert into lens_availability (id, product_id, lens_index, material, sph_min, sph_max, cyl_max,
                            add_min, add_max, prism_max, blank_diameters, min_fitting_height, stock_lens, lead_time_days)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::integer[], ?, ?, ?)""")
                        .params(Ids.newId(), id, a.index(), a.material(), a.sphMin(), a.sphMax(), a.cylMax(),
                                a.addMin(), a.addMax(), a.prismMax(), pgArray(a.blankDiameters()),
                                a.minFittingHeight(), a.stockLens(), a.leadTimeDays())
                        .update();
            }
            for (CoatingOption c : lens.coatings()) {
                jdbc.sql("insert into lens_coating (product_id, coating, included) values (?, ?, ?)")
                        .params(id, c.coating().name(), c.included()).update();
            }
        }
        int position = 0;
        for (Variant v : d.variants()) {
            jdbc.sql("""
                    insert into catalog_sku (sku, product_id, colour_id, size_id, reader_power, barcode, status, position)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(v.sku(), id, v.colourCode() == null ? null : colourIds.get(v.colourCode()),
                            v.sizeKey() == null ? null : sizeIds.get(v.sizeKey()), v.readerPower(), v.barcode(),
                            v.status().name(), position++)
                    .update();
        }
    }

    // --- reads ------------------------------------------------------------------------------------------

    Optional<Header> header(UUID id) {
        return jdbc.sql("select id, code, slug, status, version, category from product where id = ?").param(id)
                .query(ProductStore::header).optional();
    }

    Optional<UUID> idByCode(String code) {
        return jdbc.sql("select id from product where code = ?").param(code).query(UUID.class).optional();
    }

    Optional<UUID> idBySlug(String slug) {
        return jdbc.sql("select id from product where slug = ?").param(slug).query(UUID.class).optional();
    }

    Optional<UUID> idBySku(String sku) {
        return jdbc.sql("select product_id from catalog_sku where sku = ?").param(sku).query(UUID.class).optional();
    }

    Optional<String> skuByBarcode(String barcode) {
        return jdbc.sql("select sku from catalog_sku where barcode = ?").param(barcode).query(String.class).optional();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from product where slug = ?").param(slug).query(Integer.class).single() > 0;
    }

    /** SKUs among {@code skus} that belong to a product other than {@code except}, with that product's code. */
    Map<String, String> skusOfOthers(Collection<String> skus, @Nullable UUID except) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select s.sku, p.code from catalog_sku s join product p on p.id = s.product_id
                where s.sku = any (?::varchar[]) and (?::uuid is null or s.product_id <> ?::uuid)""")
                .params(pgArray(List.copyOf(skus)), except, except)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    Map<String, String> barcodesOfOthers(Collection<String> barcodes, @Nullable UUID except) {
        if (barcodes.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select s.barcode, s.sku from catalog_sku s
                where s.barcode = any (?::varchar[]) and (?::uuid is null or s.product_id <> ?::uuid)""")
                .params(pgArray(List.copyOf(barcodes)), except, except)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    List<String> skusOf(UUID id) {
        return jdbc.sql("select sku from catalog_sku where product_id = ? order by position").param(id)
                .query(String.class).list();
    }

    /** A full product, or empty. {@code progressiveEligible} is filled by the caller. */
    Optional<ProductDetails> details(UUID id) {
        return jdbc.sql("select * from product where id = ?").param(id).query((rs, n) -> read(rs)).optional();
    }

    private ProductDetails read(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        var category = Category.valueOf(rs.getString("category"));
        FrameSpec frame = null;
        LensSpec lens = null;
        ContactLensSpec cl = null;
        var colourCodes = new HashMap<UUID, String>();
        var sizeKeys = new HashMap<UUID, String>();
        switch (category.kind()) {
            case FRAME -> {
                var colours = new ArrayList<Colour>();
                jdbc.sql("select id, code, name, swatch, surcharge from frame_colour where product_id = ? order by position")
                        .param(id).query(r -> {
                            colourCodes.put(r.getObject(1, UUID.class), r.getString(2));
                            colours.add(new Colour(r.getString(2), r.getString(3), r.getString(4), r.getBigDecimal(5)));
                        });
                var sizes = new ArrayList<Size>();
                jdbc.sql("select id, a_mm, b_mm, dbl_mm, ed_mm, temple_mm from frame_size where product_id = ? order by position")
                        .param(id).query(r -> {
                            Size size = new Size(r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6));
                            sizeKeys.put(r.getObject(1, UUID.class), size.key());
                            sizes.add(size);
                        });
                var powers = jdbc.sql("select distinct reader_power from catalog_sku where product_id = ? "
                                + "and reader_power is not null order by reader_power")
                        .param(id).query(BigDecimal.class).list();
                frame = new FrameSpec(Shape.valueOf(rs.getString("frame_shape")),
                        Material.valueOf(rs.getString("frame_material")), RimType.valueOf(rs.getString("rim_type")),
                        Gender.valueOf(rs.getString("gender")), AgeGroup.valueOf(rs.getString("age_group")),
                        FaceWidth.valueOf(rs.getString("face_width")), rs.getBoolean("rx_able"), colours, sizes, powers);
            }
            case LENS -> {
                var rows = jdbc.sql("select * from lens_availability where product_id = ? order by lens_index")
                        .param(id).query((r, i) -> new Availability(r.getString("lens_index"), r.getString("material"),
                                r.getBigDecimal("sph_min"), r.getBigDecimal("sph_max"), r.getBigDecimal("cyl_max"),
                                r.getBigDecimal("add_min"), r.getBigDecimal("add_max"), r.getBigDecimal("prism_max"),
                                integers(r.getArray("blank_diameters")), (Integer) r.getObject("min_fitting_height"),
                                r.getBoolean("stock_lens"), r.getInt("lead_time_days")))
                        .list();
                var coatings = jdbc.sql("select coating, included from lens_coating where product_id = ? order by coating")
                        .param(id).query((r, i) -> new CoatingOption(Coating.valueOf(r.getString(1)), r.getBoolean(2)))
                        .list().stream().sorted(java.util.Comparator.comparing(CoatingOption::coating)).toList();
                lens = new LensSpec(LensType.valueOf(rs.getString("lens_type")), rs.getString("lens_design"), rows,
                        coatings);
            }
            case CONTACT_LENS -> cl = new ContactLensSpec(Modality.valueOf(rs.getString("cl_modality")),
                    rs.getInt("cl_pack_size"), decimals(rs.getArray("cl_base_curves")),
                    decimals(rs.getArray("cl_diameters")), rs.getBigDecimal("cl_sph_min"),
                    rs.getBigDecimal("cl_sph_max"), rs.getBoolean("cl_toric"), decimals(rs.getArray("cl_cylinders")),
                    rs.getBoolean("cl_multifocal"), strings(rs.getArray("cl_additions")));
            default -> {
            }
        }
        var variants = jdbc.sql("""
                select sku, colour_id, size_id, reader_power, barcode, status from catalog_sku
                where product_id = ? order by position""")
                .param(id).query((r, i) -> new Variant(r.getString(1), colourCodes.get(r.getObject(2, UUID.class)),
                        sizeKeys.get(r.getObject(3, UUID.class)), r.getBigDecimal(4), r.getString(5),
                        Variant.Status.valueOf(r.getString(6))))
                .list();
        var media = jdbc.sql("select id, colour_code, alt, width, height from product_media where product_id = ? "
                        + "order by position, created_at")
                .param(id).query((r, i) -> new ProductDetails.Media(r.getString(1), r.getString(2), r.getString(3),
                        r.getInt(4), r.getInt(5)))
                .list();
        var draft = new ProductDraft(category, rs.getString("code"), rs.getString("name"), rs.getString("brand"),
                rs.getString("description"), rs.getString("tax_class"), frame, lens, cl, variants);
        return new ProductDetails(new ProductId(id), rs.getLong("version"), draft, rs.getString("slug"),
                ProductStatus.valueOf(rs.getString("status")), media, null,
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    /** Products for a grid, filtered by free text (code, name, brand, SKU), category and status. */
    List<ProductSummary> summaries(ProductFilter filter, int offset, int limit) {
        return filtered("""
                select p.id, p.code, p.name, p.brand, p.category, p.status, p.updated_at,
                    (select count(*) from catalog_sku s where s.product_id = p.id) as variants
                from product p""", filter, " order by p.code offset " + offset + " limit " + limit)
                .query((rs, n) -> new ProductSummary(new ProductId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getString(3), rs.getString(4), Category.valueOf(rs.getString(5)),
                        ProductStatus.valueOf(rs.getString(6)), rs.getInt(8), rs.getTimestamp(7).toInstant()))
                .list();
    }

    int count(ProductFilter filter) {
        return filtered("select count(*) from product p", filter, "").query(Integer.class).single();
    }

    private JdbcClient.StatementSpec filtered(String select, ProductFilter filter, String tail) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(p.code ilike :text or p.name ilike :text or p.brand ilike :text or exists "
                    + "(select 1 from catalog_sku s where s.product_id = p.id and (s.sku ilike :text or s.barcode = :exact)))");
            params.put("text", "%" + filter.text().strip().replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("exact", filter.text().strip());
        }
        if (!filter.categories().isEmpty()) {
            where.add("p.category = any (:categories::varchar[])");
            params.put("categories", pgArray(filter.categories().stream().map(Enum::name).toList()));
        }
        if (filter.status() != null) {
            where.add("p.status = :status");
            params.put("status", filter.status().name());
        }
        String sql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + tail;
        return jdbc.sql(sql).params(params);
    }

    /** The shortest minimum fitting height of the active progressive lenses, if any is on offer. */
    Optional<Integer> shortestProgressiveFittingHeight() {
        return jdbc.sql("""
                select min(a.min_fitting_height) from lens_availability a join product p on p.id = a.product_id
                where p.lens_type = 'PROGRESSIVE' and p.status = 'ACTIVE'""")
                .query((rs, n) -> Optional.ofNullable((Integer) rs.getObject(1))).single();
    }

    List<SitemapEntry> sitemap() {
        return jdbc.sql("select slug, category, updated_at from product where status = 'ACTIVE' order by slug")
                .query((rs, n) -> new SitemapEntry(rs.getString(1), Category.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    List<UUID> allIds() {
        return jdbc.sql("select id from product order by id").query(UUID.class).list();
    }

    // --- media ------------------------------------------------------------------------------------------

    void insertMedia(UUID mediaId, UUID productId, @Nullable String colourCode, String alt, String contentType,
                     int width, int height, Instant now) {
        jdbc.sql("""
                insert into product_media (id, product_id, colour_code, alt, content_type, width, height, position, created_at)
                values (?, ?, ?, ?, ?, ?, ?, (select coalesce(max(position) + 1, 0) from product_media where product_id = ?), ?)""")
                .params(mediaId, productId, colourCode, alt, contentType, width, height, productId, Timestamp.from(now))
                .update();
    }

    Optional<UUID> mediaProduct(UUID mediaId) {
        return jdbc.sql("select product_id from product_media where id = ?").param(mediaId).query(UUID.class).optional();
    }

    void deleteMedia(UUID mediaId) {
        jdbc.sql("delete from product_media where id = ?").param(mediaId).update();
    }

    /** What serving a stored image needs: its product, that product's state, the original's type, when it was stored. */
    record MediaRow(UUID id, UUID productId, ProductStatus productStatus, String contentType, Instant createdAt) {
    }

    Optional<MediaRow> media(UUID mediaId) {
        return jdbc.sql("""
                select m.id, m.product_id, p.status, m.content_type, m.created_at
                from product_media m join product p on p.id = m.product_id where m.id = ?""")
                .param(mediaId)
                .query((rs, n) -> new MediaRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        ProductStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .optional();
    }

    List<UUID> mediaIds(UUID productId) {
        return jdbc.sql("select id from product_media where product_id = ? order by position, created_at")
                .param(productId).query(UUID.class).list();
    }

    void setMediaPosition(UUID mediaId, int position) {
        jdbc.sql("update product_media set position = ? where id = ?").params(position, mediaId).update();
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private static Header header(ResultSet rs, int n) throws SQLException {
        return new Header(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                ProductStatus.valueOf(rs.getString(4)), rs.getLong(5), Category.valueOf(rs.getString(6)));
    }

    /** A PostgreSQL array literal; elements are quoted so commas and quotes inside them are safe. */
    static String pgArray(List<?> values) {
        return values.stream().map(v -> "\"" + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static List<Integer> integers(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).intValue()).toList();
    }

    private static List<BigDecimal> decimals(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (BigDecimal) o).toList();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
