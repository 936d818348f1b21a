package dev.focal.backoffice.catalog;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.CatalogFixtures;
import dev.focal.catalog.FrameSpec.AgeGroup;
import dev.focal.catalog.FrameSpec.FaceWidth;
import dev.focal.catalog.FrameSpec.Gender;
import dev.focal.catalog.FrameSpec.Material;
import dev.focal.catalog.FrameSpec.RimType;
import dev.focal.catalog.FrameSpec.Shape;
import dev.focal.catalog.ProductDraft;
import dev.focal.catalog.Variant;
import dev.focal.identity.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The frame editor: problems at their fields, the variant matrix, concurrent edits. */
@IntegrationTest
class ProductEditorViewTest extends KaribuTest {

    @Autowired
    Catalog catalog;

    @BeforeEach
    void signIn() {
        signInAs("catalog-editor", Role.ADMIN);
    }

    ProductEditorView newFrame(String code) {
        ProductNavigation.toNewProduct(dev.focal.catalog.Category.EYEGLASSES);
        var view = _get(ProductEditorView.class);
        view.code.setValue(code);
        view.name.setValue("Matrix " + code);
        view.brand.setValue("Lumen");
        var frame = (FrameForm) view.form;
        frame.shape.setValue(Shape.ROUND);
        frame.material.setValue(Material.ACETATE);
        frame.rimType.setValue(RimType.FULL);
        frame.gender.setValue(Gender.UNISEX);
        frame.ageGroup.setValue(AgeGroup.ADULT);
        frame.faceWidth.setValue(FaceWidth.MEDIUM);
        colour(frame.colours.entries().getFirst(), "BLK", "Black", "#111111");
        size(frame.sizes.entries().getFirst(), 50, 40);
        select(view, "Colours & sizes");
        return view;
    }

    /** As a user would: a tab's content is only attached (and its buttons usable) while it is selected. */
    static void select(ProductEditorView view, String label) {
        for (int i = 0; i < view.tabs.getTabCount(); i++) {
            if (view.tabs.getTabAt(i).getLabel().equals(label)) {
                view.tabs.setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError("No tab " + label);
    }

    static void colour(FrameForm.ColourRow row, String code, String name, String swatch) {
        row.code.setValue(code);
        row.name.setValue(name);
        row.swatch.setValue(swatch);
    }

    static void size(FrameForm.SizeRow row, int a, int b) {
        row.a.setValue(a);
        row.b.setValue(b);
        row.dbl.setValue(18);
        row.ed.setValue(a + 4);
        row.temple.setValue(140);
    }

    @Test
    void a_size_problem_is_shown_at_that_size_field_on_its_tab_and_nothing_is_saved() {
        String code = CatalogFixtures.code("UI");
        var view = newFrame(code);
        var frame = (FrameForm) view.form;
        _click(frame.sizes.add);
        size(frame.sizes.entries().get(1), 52, 10);
        select(view, "General");

        _click(view.save);

        var b = frame.sizes.entries().get(1).b;
        assertThat(b.isInvalid()).isTrue();
        assertThat(b.getErrorMessage()).isEqualTo("B (lens depth) must be between 15 and 70 mm.");
        assertThat(frame.sizes.entries().getFirst().b.isInvalid()).isFalse();
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo("Colours & sizes");
        assertThat(catalog.findByCode(code)).isEmpty();

        size(frame.sizes.entries().get(1), 52, 42);
        _click(view.save);
        assertThat(catalog.findByCode(code)).isPresent();
    }

    @Test
    void the_variant_matrix_creates_a_sku_for_each_ticked_cell() {
        String code = CatalogFixtures.code("UI");
        var view = newFrame(code);
        var frame = (FrameForm) view.form;
        _click(frame.colours.add);
        colour(frame.colours.entries().get(1), "TOR", "Tortoise", "#8b5a2b");
        _click(frame.sizes.add);
        size(frame.sizes.entries().get(1), 52, 42);
        var cells = frame.matrix.offered();
        assertThat(cells).as("new combinations start ticked").hasSize(4);
        assertThat(cells.get(1).sku.getPlaceholder()).isEqualTo(code + "-BLK-52-18");
        cells.get(3).offered.setValue(false);
        String barcode = CatalogFixtures.barcode();
        cells.get(0).barcode.setValue(barcode);
        cells.get(2).sku.setValue(code + "-TORT-S");

        _click(view.save);

        var saved = catalog.findByCode(code).orElseThrow();
        assertThat(saved.draft().variants()).extracting(Variant::sku, Variant::colourCode, Variant::sizeKey,
                Variant::barcode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(code + "-BLK-50-18", "BLK", "50-18-140", barcode),
                org.assertj.core.groups.Tuple.tuple(code + "-BLK-52-18", "BLK", "52-18-140", null),
                org.assertj.core.groups.Tuple.tuple(code + "-TORT-S", "TOR", "50-18-140", null));

        var reopened = _get(ProductEditorView.class);
        var matrix = ((FrameForm) reopened.form).matrix;
        assertThat(matrix.offered()).extracting(c -> c.sku.getValue())
                .containsExactly(code + "-BLK-50-18", code + "-BLK-52-18", code + "-TORT-S");
    }

    @Test
    void a_duplicate_barcode_is_shown_at_the_cell_that_has_it() {
        String code = CatalogFixtures.code("UI");
        var view = newFrame(code);
        var frame = (FrameForm) view.form;
        _click(frame.sizes.add);
        size(frame.sizes.entries().get(1), 52, 42);
        String barcode = CatalogFixtures.barcode();
        frame.matrix.offered().get(0).barcode.setValue(barcode);
        frame.matrix.offered().get(1).barcode.setValue(barcode);

        _click(view.save);

        var second = frame.matrix.offered().get(1).barcode;
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).isEqualTo("The barcode " + barcode + " is used twice.");
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo("Variants");
    }

    @Test
    void saving_over_someone_elses_newer_save_says_so_and_keeps_what_was_typed() {
        String code = CatalogFixtures.code("UI");
        var id = catalog.create(CatalogFixtures.frame(code));
        UI.getCurrent().navigate("products/" + id);
        var view = _get(ProductEditorView.class);
        view.name.setValue("Mine");

        var theirs = catalog.get(id);
        var d = theirs.draft();
        catalog.update(id, theirs.version(), new ProductDraft(d.category(), d.code(), "Theirs", d.brand(),
                d.description(), d.taxClass(), d.frame(), null, null, d.variants()));
        _click(view.save);

        assertThat(view.changedBanner.isVisible()).isTrue();
        assertThat(view.changedMessage.getText()).contains("changed by someone else");
        assertThat(view.name.getValue()).isEqualTo("Mine");
        assertThat(catalog.get(id).name()).isEqualTo("Theirs");
    }

    @Test
    void staff_without_catalog_duties_read_but_cannot_edit() {
        var id = catalog.create(CatalogFixtures.frame(CatalogFixtures.code("UI")));
        signInAs("optician", Role.OPTICIAN);
        UI.getCurrent().navigate("products/" + id);

        var view = _get(ProductEditorView.class);
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.activate.isVisible()).isFalse();
        assertThat(view.name.isReadOnly()).isTrue();
        assertThat(((FrameForm) view.form).sizes.entries()).extracting(r -> r.marking())
                .containsExactly("50\u25A118-140", "52\u25A118-145");
        assertThat(List.of(((FrameForm) view.form).matrix.offered().size())).containsExactly(4);
    }
}
