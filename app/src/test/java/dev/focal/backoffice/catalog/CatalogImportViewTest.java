package dev.focal.backoffice.catalog;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.CatalogFixtures;
import dev.focal.catalog.CatalogImport;
import dev.focal.catalog.ImportProblem;
import dev.focal.identity.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CatalogImportViewTest extends KaribuTest {

    @Autowired
    Catalog catalog;

    @BeforeEach
    void open() {
        signInAs("importer", Role.ADMIN);
        UI.getCurrent().navigate(CatalogImportView.class);
    }

    static byte[] file(String... rows) {
        return (String.join(",", CatalogImport.COLUMNS) + "\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String row(String code, String colour, String swatch, String temple) {
        return code + ",eyeglasses,Model,Lumen,,STANDARD,round,acetate,full,unisex,adult,medium,true," + colour
                + ",Colour," + swatch + ",0,50,40,18,54," + temple + ",,,,";
    }

    @Test
    void the_dry_run_lists_each_problem_with_line_and_column_and_import_stays_off() {
        String code = CatalogFixtures.code("UIIMP");
        var view = _get(CatalogImportView.class);

        view.receive("frames.csv", file(row(code, "BLK", "#111111", "140"), row(code, "TOR", "brown", "140"),
                row(code + "X", "BLK", "#111111", "long")));

        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.problems.getGenericDataView().getItems().toList())
                .extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(tuple(3, "swatch"), tuple(4, "temple"));
        assertThat(view.summary.getText()).startsWith("frames.csv: 2 problems");
        assertThat(view.apply.isEnabled()).isFalse();
        assertThat(catalog.findByCode(code)).isEmpty();
    }

    @Test
    void the_counts_are_singular_for_one_and_plural_for_more() {
        String first = CatalogFixtures.code("UIIMP");
        String second = CatalogFixtures.code("UIIMP");
        var view = _get(CatalogImportView.class);

        view.receive("one.csv", file(row(first, "BLK", "#111111", "140")));
        assertThat(view.summary.getText()).contains("1 row: 1 new model, 0 to update, 1 variant.");

        view.receive("two.csv", file(row(first, "BLK", "#111111", "140"), row(second, "BLK", "#111111", "140")));
        assertThat(view.summary.getText()).contains("2 rows: 2 new models, 0 to update, 2 variants.");
    }

    @Test
    void a_clean_file_is_checked_then_imported() {
        String code = CatalogFixtures.code("UIIMP");
        var view = _get(CatalogImportView.class);

        view.receive("frames.csv", file(row(code, "BLK", "#111111", "140"), row(code, "TOR", "#8b5a2b", "140")));
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(view.summary.getText()).contains("no problems").contains("2 rows: 1 new model, 0 to update, 2 variants.");
        assertThat(catalog.findByCode(code)).isEmpty();

        _click(view.apply);

        assertThat(view.summary.getText()).startsWith("frames.csv imported.");
        assertThat(catalog.findByCode(code).orElseThrow().draft().variants()).hasSize(2);
        assertThat(view.apply.isEnabled()).isFalse();
    }
}
