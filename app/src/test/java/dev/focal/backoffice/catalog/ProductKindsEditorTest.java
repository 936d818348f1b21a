package dev.focal.backoffice.catalog;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.focal.backoffice.catalog.ProductEditorViewTest.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.CatalogFixtures;
import dev.focal.catalog.Category;
import dev.focal.catalog.ContactLensSpec.Modality;
import dev.focal.catalog.LensSpec.Availability;
import dev.focal.catalog.LensSpec.LensType;
import dev.focal.catalog.Variant;
import dev.focal.identity.Role;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The editor for the kinds other than frames: lenses, contact lenses, services. */
@IntegrationTest
class ProductKindsEditorTest extends KaribuTest {

    @Autowired
    Catalog catalog;

    @BeforeEach
    void signIn() {
        signInAs("catalog-editor", Role.ADMIN);
    }

    ProductEditorView newProduct(Category category, String code) {
        ProductNavigation.toNewProduct(category);
        var view = _get(ProductEditorView.class);
        view.code.setValue(code);
        view.name.setValue("Kind " + code);
        view.brand.setValue("Lumen");
        return view;
    }

    /** A progressive lens with one availability row that has everything but its ADD range and fitting height. */
    ProductEditorView newProgressiveLens(String code) {
        var view = newProduct(Category.LENSES, code);
        var lens = (LensForm) view.form;
        select(view, "Lens");
        lens.type.setValue(LensType.PROGRESSIVE);
        lens.design.setValue("Vista HD");
        assertThat(lens.availability.entries()).as("a new lens starts with one row").hasSize(1);
        var row = lens.availability.entries().getFirst();
        row.index.setValue("1.60");
        row.material.setValue("MR-8");
        row.sphMin.setValue(new BigDecimal("-8.00"));
        row.sphMax.setValue(new BigDecimal("6.00"));
        row.cylMax.setValue(new BigDecimal("4.00"));
        row.blankDiameters.setValue("65, 70");
        assertThat(row.addMin.isEnabled()).as("a progressive lens has an ADD range").isTrue();
        assertThat(row.minFittingHeight.isEnabled()).isTrue();
        select(view, "General");
        return view;
    }

    @Test
    void a_progressive_lens_without_an_add_range_is_refused_at_the_add_field_of_that_row() {
        String code = CatalogFixtures.code("LN");
        var view = newProgressiveLens(code);
        var row = ((LensForm) view.form).availability.entries().getFirst();

        _click(view.save);

        assertThat(row.addMin.isInvalid()).isTrue();
        assertThat(row.addMin.getErrorMessage()).isEqualTo("A progressive lens needs its ADD range.");
        assertThat(row.sphMin.isInvalid()).isFalse();
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo("Lens");
        assertThat(catalog.findByCode(code)).isEmpty();
    }

    @Test
    void once_the_add_range_and_fitting_height_are_filled_the_lens_is_saved_with_its_availability() {
        String code = CatalogFixtures.code("LN");
        var view = newProgressiveLens(code);
        var row = ((LensForm) view.form).availability.entries().getFirst();
        _click(view.save);
        assertThat(row.addMin.isInvalid()).isTrue();
        assertThat(catalog.findByCode(code)).isEmpty();

        row.addMin.setValue(new BigDecimal("0.75"));
        row.addMax.setValue(new BigDecimal("3.50"));
        row.minFittingHeight.setValue(16);
        _click(view.save);

        var saved = catalog.findByCode(code).orElseThrow();
        var lens = saved.draft().lens();
        assertThat(lens).isNotNull();
        assertThat(lens.type()).isEqualTo(LensType.PROGRESSIVE);
        assertThat(lens.design()).isEqualTo("Vista HD");
        assertThat(lens.availability()).singleElement().satisfies(a -> {
            assertThat(a.index()).isEqualTo("1.60");
            assertThat(a.material()).isEqualTo("MR-8");
            assertThat(a.addMin()).isEqualByComparingTo("0.75");
            assertThat(a.addMax()).isEqualByComparingTo("3.50");
            assertThat(a.minFittingHeight()).isEqualTo(16);
            assertThat(a.blankDiameters()).containsExactly(65, 70);
            assertThat(a.leadTimeDays()).isEqualTo(7);
        });

        var reopened = _get(ProductEditorView.class);
        var reopenedRows = ((LensForm) reopened.form).availability.entries();
        assertThat(reopenedRows).extracting(r -> r.availability(true)).extracting(Availability::addMin,
                Availability::minFittingHeight).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("0.75"), 16));
    }

    @Test
    void a_toric_contact_lens_without_cylinders_is_refused_at_the_cylinders_field() {
        String code = CatalogFixtures.code("CL");
        var view = newProduct(Category.CONTACT_LENSES, code);
        var cl = (ContactLensForm) view.form;
        select(view, "Contact lens");
        assertThat(cl.cylinders.isEnabled()).as("only toric lenses have cylinders").isFalse();
        cl.modality.setValue(Modality.MONTHLY);
        cl.packSize.setValue(6);
        cl.baseCurves.setValue("8.6");
        cl.diameters.setValue("14.2");
        cl.sphMin.setValue(new BigDecimal("-10.00"));
        cl.sphMax.setValue(new BigDecimal("6.00"));
        cl.toric.setValue(true);
        assertThat(cl.cylinders.isEnabled()).isTrue();
        select(view, "General");

        _click(view.save);

        assertThat(cl.cylinders.isInvalid()).isTrue();
        assertThat(cl.cylinders.getErrorMessage()).isEqualTo("A toric lens needs its cylinders, like -0.75, -1.25.");
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo("Contact lens");
        assertThat(catalog.findByCode(code)).isEmpty();

        cl.cylinders.setValue("-0.75, -1.25");
        _click(view.save);

        var saved = catalog.findByCode(code).orElseThrow();
        assertThat(saved.draft().contactLens().cylinders()).extracting(BigDecimal::stripTrailingZeros)
                .containsExactly(new BigDecimal("-0.75"), new BigDecimal("-1.25"));
    }

    @Test
    void a_service_with_a_bad_barcode_is_refused_at_the_barcode_field_and_saved_with_a_good_one() {
        String code = CatalogFixtures.code("SV");
        var view = newProduct(Category.SERVICES, code);
        var sku = ((SimpleItemForm) view.form).sku;
        sku.barcode.setValue("4006381333932");

        _click(view.save);

        assertThat(sku.barcode.isInvalid()).isTrue();
        assertThat(sku.barcode.getErrorMessage()).startsWith("The barcode 4006381333932 is not a valid EAN-13");
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo("SKU");
        assertThat(catalog.findByCode(code)).isEmpty();

        String barcode = CatalogFixtures.barcode(); // valid, and unique in the shared database
        sku.barcode.setValue(barcode);
        _click(view.save);

        var saved = catalog.findByCode(code).orElseThrow();
        assertThat(saved.category()).isEqualTo(Category.SERVICES);
        assertThat(saved.draft().variants()).extracting(Variant::sku, Variant::barcode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(code, barcode));
    }
}
