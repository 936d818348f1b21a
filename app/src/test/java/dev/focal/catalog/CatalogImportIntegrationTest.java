package dev.focal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.focal.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** CSV import and export of frames on real PostgreSQL. */
@IntegrationTest
@WithMockUser(username = "catalog-admin", roles = "ADMIN")
class CatalogImportIntegrationTest {

    static final String HEADER = String.join(",", CatalogImport.COLUMNS);

    @Autowired
    Catalog catalog;
    @Autowired
    CatalogImport imports;
    @Autowired
    CatalogExport export;

    static InputStream csv(String... lines) {
        return new ByteArrayInputStream((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A valid row: model columns, then colour, size, power, SKU, barcode, status. */
    static String row(String code, String colour, int a, String sku, String barcode) {
        return code + ",eyeglasses,Model " + code + ",Lumen,,STANDARD,round,acetate,full,unisex,adult,medium,true,"
                + colour + ",Colour " + colour + ",#112233,0.00," + a + ",40,18," + (a + 4) + ",140,," + sku + ","
                + barcode + ",active";
    }

    static List<String> cells(ByteArrayOutputStream csv) {
        var parser = new Csv.Parser(new java.io.StringReader(csv.toString(StandardCharsets.UTF_8)));
        var cells = new java.util.ArrayList<String>();
        try {
            for (Csv.Record record = parser.next(); record != null; record = parser.next()) {
                cells.addAll(record.fields());
            }
        } catch (Csv.SyntaxError e) {
            throw new AssertionError(e);
        }
        return cells;
    }

    boolean exists(String code) {
        return catalog.findByCode(code).isPresent();
    }

    @Test
    void a_dry_run_reports_every_bad_row_with_its_line_and_column_and_changes_nothing() {
        String good = CatalogFixtures.code("IMP");
        String badNumber = CatalogFixtures.code("IMP");
        String badSwatch = CatalogFixtures.code("IMP");
        String badBarcode = CatalogFixtures.code("IMP");
        String quoted = CatalogFixtures.code("IMP");
        var report = imports.dryRun(csv(HEADER,
                row(good, "BLK", 50, good + "-1", ""),                                        // line 2
                row(good, "BLK", 52, good + "-2", ""),                                        // line 3
                row(badNumber, "BLK", 50, "", "").replace(",50,40,", ",fifty,40,"),           // line 4
                row(badSwatch, "RED", 50, "", "").replace("#112233", "red"),                  // line 5
                row(badBarcode, "BLK", 50, "", "4006381333932"),                              // line 6
                row(quoted, "BLK", 50, "", "").replace(",Lumen,,", ",Lumen,\"Light, \"\"round\"\"\nand bold\",")
                        .replace("unisex", "unicorn"),                                        // lines 7-8
                row(quoted, "TOR", 50, good + "-1", "")));                                    // line 9

        assertThat(report.ok()).isFalse();
        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column).containsExactly(
                tuple(4, "a"),
                tuple(5, "swatch"),
                tuple(6, "barcode"),
                tuple(7, "gender"),
                tuple(9, "sku"));
        assertThat(report.problems().get(0).message()).isEqualTo("\"fifty\" is not a whole number of millimetres, like 52.");
        assertThat(report.problems().get(1).message()).isEqualTo("A swatch is a colour like #1a2b3c.");
        assertThat(report.problems().get(2).message()).contains("not a valid EAN-13");
        assertThat(report.problems().get(3).message()).startsWith("Unknown gender \"unicorn\"");
        assertThat(report.problems().get(4).message()).isEqualTo("The SKU " + good + "-1 is also on line 2.");
        assertThat(report.rows()).isEqualTo(7);
        assertThat(report.modelsToCreate()).isEqualTo(5);
        assertThat(List.of(good, badNumber, badSwatch, badBarcode, quoted)).noneMatch(this::exists);
    }

    @Test
    void a_clean_dry_run_counts_models_and_variants_and_still_writes_nothing() {
        String code = CatalogFixtures.code("IMP");
        var report = imports.dryRun(csv(HEADER, row(code, "BLK", 50, "", ""), row(code, "BLK", 52, "", ""),
                row(code, "TOR", 52, "", CatalogFixtures.barcode())));

        assertThat(report.problems()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.modelsToCreate()).isEqualTo(1);
        assertThat(report.variants()).isEqualTo(3);
        assertThat(exists(code)).isFalse();
    }

    @Test
    void an_existing_model_with_a_bad_model_level_value_counts_as_one_to_update_not_as_new() {
        String code = CatalogFixtures.code("IMP");
        catalog.create(CatalogFixtures.frame(code));

        var report = imports.dryRun(csv(HEADER, row(code, "BLK", 50, "", "").replace("unisex", "unicorn")));

        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("gender"));
        assertThat(report.modelsToCreate()).isZero();
        assertThat(report.modelsToUpdate()).isEqualTo(1);
    }

    @Test
    void file_level_problems_are_reported_at_the_header_or_the_broken_line() {
        assertThat(imports.dryRun(csv("code,category,colour,name")).problems())
                .extracting(ImportProblem::line, ImportProblem::column)
                .contains(tuple(1, "colour"), tuple(1, "brand"), tuple(1, "swatch"));
        String code = CatalogFixtures.code("IMP");
        assertThat(imports.dryRun(csv(HEADER, row(code, "BLK", 50, "", ""), row(code, "BLK", 52, "", "")
                .replace("Model", "\"Model"))).problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("not valid CSV");
                });
        assertThat(imports.dryRun(csv(HEADER, row(code, "BLK", 50, "", "") + ",extra")).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("This line has 27 values"));
        assertThat(imports.dryRun(csv(HEADER, row(code, "BLK", 50, "", ""),
                row(code, "BLK", 52, "", "").replace("Model " + code, "Another name"))).problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo("name");
                    assertThat(p.message()).contains("line 2");
                });
    }

    @Test
    void apply_writes_all_models_or_none() {
        String first = CatalogFixtures.code("IMP");
        String second = CatalogFixtures.code("IMP");
        String broken = CatalogFixtures.code("IMP");

        var refused = imports.apply(csv(HEADER, row(first, "BLK", 50, "", ""), row(second, "BLK", 50, "", ""),
                row(broken, "BLK", 50, "", "").replace(",140,", ",99,")));
        assertThat(refused.applied()).isFalse();
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("temple");
        });
        assertThat(List.of(first, second, broken)).noneMatch(this::exists);

        var done = imports.apply(csv(HEADER, row(first, "BLK", 50, "", ""), row(first, "TOR", 50, "", ""),
                row(second, "BLK", 50, "", "")));
        assertThat(done.applied()).isTrue();
        assertThat(done.modelsToCreate()).isEqualTo(2);
        var created = catalog.findByCode(first).orElseThrow();
        assertThat(created.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(created.draft().variants()).extracting(Variant::sku)
                .containsExactly(first + "-BLK-50-18", first + "-TOR-50-18");

        var update = imports.apply(csv(HEADER, row(first, "BLK", 50, "", "").replace("Model " + first, "Renamed")));
        assertThat(update.applied()).isTrue();
        assertThat(update.modelsToUpdate()).isEqualTo(1);
        var updated = catalog.findByCode(first).orElseThrow();
        assertThat(updated.name()).isEqualTo("Renamed");
        assertThat(updated.draft().variants()).extracting(Variant::sku).containsExactly(first + "-BLK-50-18");
    }

    @Test
    void a_sku_of_another_product_is_a_conflict_and_nothing_is_written() {
        String owner = CatalogFixtures.code("IMP");
        catalog.create(CatalogFixtures.frame(owner));
        String code = CatalogFixtures.code("IMP");

        var report = imports.apply(csv(HEADER, row(code, "BLK", 50, owner + "-BLK-50-18", "")));

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("sku");
            assertThat(p.message()).isEqualTo("The SKU " + owner + "-BLK-50-18 belongs to product " + owner + ".");
        });
        assertThat(exists(code)).isFalse();
    }

    @Test
    void an_export_imports_back_unchanged() {
        String prefix = CatalogFixtures.code("RT");
        var frame = CatalogFixtures.frame(prefix + "-A");
        var withText = new ProductDraft(frame.category(), frame.code(), "Round, \"classic\"", frame.brand(),
                "Two lines,\nwith commas and \"quotes\".", frame.taxClass(), frame.frame(), null, null, List.of(
                new Variant(prefix + "-A-1", "BLK", "50-18-140", null, CatalogFixtures.barcode(), Variant.Status.ACTIVE),
                new Variant(prefix + "-A-2", "TOR", "52-18-145", null, null, Variant.Status.DISCONTINUED)));
        var f = frame.frame();
        var readers = new ProductDraft(Category.READERS, prefix + "-R", "Reader", "Lumen", "", "REDUCED",
                new FrameSpec(f.shape(), f.material(), f.rimType(), f.gender(), f.ageGroup(), f.faceWidth(), false,
                        f.colours(), f.sizes().subList(0, 1), List.of(new BigDecimal("1.50"), new BigDecimal("2.00"))),
                null, null, List.of());
        var formula = CatalogFixtures.frame(prefix + "-F");
        var formulas = new ProductDraft(formula.category(), formula.code(), "=HYPERLINK(\"x\")", "@Lumen",
                "-1 for style, +1 for comfort", formula.taxClass(), formula.frame(), null, null, List.of());
        var a = catalog.create(withText);
        var r = catalog.create(readers);
        var x = catalog.create(formulas);
        var before = List.of(catalog.get(a).draft(), catalog.get(r).draft(), catalog.get(x).draft());

        var out = new ByteArrayOutputStream();
        int rows = export.export(out, new ProductFilter(prefix, Set.of(), null));
        int formulaRows = catalog.get(x).draft().variants().size();
        assertThat(rows).isEqualTo(2 + 4 + formulaRows);
        assertThat(cells(out)).as("no cell a spreadsheet would run as a formula")
                .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0)
                .contains("'=HYPERLINK(\"x\")", "'@Lumen", "'-1 for style, +1 for comfort");

        var report = imports.dryRun(new ByteArrayInputStream(out.toByteArray()));
        assertThat(report.problems()).isEmpty();
        assertThat(report.modelsToUpdate()).isEqualTo(3);
        assertThat(report.modelsToCreate()).isZero();
        assertThat(report.variants()).isEqualTo(6 + formulaRows);

        assertThat(imports.apply(new ByteArrayInputStream(out.toByteArray())).applied()).isTrue();
        assertThat(List.of(catalog.get(a).draft(), catalog.get(r).draft(), catalog.get(x).draft())).isEqualTo(before);
        assertThat(catalog.get(x).draft().name()).isEqualTo("=HYPERLINK(\"x\")");

        var again = new ByteArrayOutputStream();
        export.export(again, new ProductFilter(prefix, Set.of(), null));
        assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(out.toString(StandardCharsets.UTF_8));
    }
}
