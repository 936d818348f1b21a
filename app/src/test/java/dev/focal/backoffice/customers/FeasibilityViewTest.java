package dev.focal.backoffice.customers;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.CatalogFixtures;
import dev.focal.catalog.Category;
import dev.focal.catalog.Coating;
import dev.focal.catalog.LensFit;
import dev.focal.catalog.LensSpec;
import dev.focal.catalog.LensSpec.Availability;
import dev.focal.catalog.ProductDraft;
import dev.focal.catalog.ProductId;
import dev.focal.catalog.ProductStatus;
import dev.focal.catalog.Variant;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.PrescriptionDraft;
import dev.focal.customers.PrescriptionId;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.customers.RxSource;
import dev.focal.identity.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The feasibility tool: opened from a prescription it is pre-selected from the URL and says "makeable" with the
 * recommended index and rule version for an everyday prescription; for a -25.00 sphere it says "not makeable"
 * with the reason for each eye.
 */
@IntegrationTest
class FeasibilityViewTest extends KaribuTest {

    @Autowired
    Catalog catalog;
    @Autowired
    LensFit lensFit;
    @Autowired
    CustomerAccounts accounts;
    @Autowired
    PrescriptionDesk desk;

    String frameSku;
    String lensCode;
    PrescriptionId everyday;

    @BeforeEach
    void frameLensAndPrescription() {
        signInAs("feasibility-setup", Role.ADMIN);
        String model = CatalogFixtures.code("FZF");
        var frame = CatalogFixtures.frame(model);
        frameSku = model + "-BLK-50";
        ProductId frameId = catalog.create(new ProductDraft(frame.category(), model, frame.name(), frame.brand(), "",
                frame.taxClass(), frame.frame(), null, null, List.of(new Variant(frameSku, "BLK", "50-18-140", null,
                null, Variant.Status.ACTIVE))));
        catalog.changeStatus(frameId, catalog.get(frameId).version(), ProductStatus.ACTIVE);
        lensCode = CatalogFixtures.code("FZL");
        ProductId lensId = catalog.create(new ProductDraft(Category.LENSES, lensCode, "Test Single Vision " + lensCode, "Focal Lab",
                "Test lens", "STANDARD", null, new LensSpec(LensSpec.LensType.SINGLE_VISION, "Aspheric single vision",
                List.of(row("1.50", "CR-39", -6, 6), row("1.59", "Polycarbonate", -10, 8), row("1.60", "MR-8", -12, 8),
                        row("1.67", "MR-7", -14, 10)),
                List.of(new LensSpec.CoatingOption(Coating.SCRATCH, true))), null, List.of()));
        catalog.changeStatus(lensId, catalog.get(lensId).version(), ProductStatus.ACTIVE);

        var customer = RxDeskFixtures.customer(accounts, "fit");
        var holder = desk.wearersOf(customer.id()).getFirst();
        everyday = desk.enter(customer.id(), PrescriptionDraft.spectacles(holder.id(),
                RxDeskFixtures.spectacles("-2.00", "-0.50", "180", "-1.75", "63"), LocalDate.now().minusMonths(1)),
                RxSource.STAFF_ENTERED);
    }

    private static Availability row(String index, String material, int sphMin, int sphMax) {
        return new Availability(index, material, BigDecimal.valueOf(sphMin).setScale(2),
                BigDecimal.valueOf(sphMax).setScale(2), new BigDecimal("4.00"), null, null, new BigDecimal("3.00"),
                List.of(65, 70), null, true, 2);
    }

    @Test
    void opened_from_a_prescription_it_says_makeable_with_the_recommended_index() {
        signInAs("feasibility-optician", Role.OPTICIAN);
        UI.getCurrent().navigate("feasibility", QueryParameters.simple(Map.of(FeasibilityView.RX, everyday.toString(),
                FeasibilityView.FRAME, frameSku, FeasibilityView.LENS, lensCode)));
        var view = _get(FeasibilityView.class);
        assertThat(view.prescription.getValue()).isNotNull();
        assertThat(view.prescription.getValue().id()).isEqualTo(everyday);
        assertThat(view.rx.right.sph.getValue()).isEqualTo("-2.00");
        assertThat(view.frame.getValue().sku()).isEqualTo(frameSku);
        assertThat(view.frameFacts.getText()).contains("A 50", "B 40", "DBL 18", "ED 54");
        assertThat(view.lens.getValue().code()).isEqualTo(lensCode);

        _click(view.check);

        assertThat(view.answer.isVisible()).isTrue();
        assertThat(view.verdict.getText()).isEqualTo("Makeable");
        var advice = view.lastAnswer.feasibility().advice();
        assertThat(advice.recommended()).isNotNull();
        assertThat(view.advice.getElement().getTextRecursively()).contains(advice.recommended())
                .contains("version " + advice.ruleVersion()).contains(advice.explanation());
        assertThat(_find(view.reasons, Div.class).stream().filter(d -> d.hasClassName("feasibility-reason"))).isEmpty();
        assertThat(view.prescription.getValue()).as("unchanged values still name the prescription").isNotNull();

        view.rx.right.sph.setValue("-2.50");
        _click(view.check);
        assertThat(view.prescription.getValue()).as("edited values are no longer the stored prescription").isNull();
        assertThat(view.verdict.getText()).isEqualTo("Makeable");
    }

    @Test
    void a_prescription_of_a_child_ticks_child_so_only_impact_resistant_lenses_are_allowed() {
        signInAs("feasibility-child", Role.OPTICIAN);
        var customer = RxDeskFixtures.customer(accounts, "fitkid");
        var kid = desk.addWearer(customer.id(), "Kid Fit", LocalDate.now().minusYears(9));
        PrescriptionId kids = desk.enter(customer.id(), PrescriptionDraft.spectacles(kid,
                RxDeskFixtures.spectacles("-1.00", "", "", "-1.25", "56"), LocalDate.now().minusMonths(1)),
                RxSource.STAFF_ENTERED);
        UI.getCurrent().navigate("feasibility", QueryParameters.simple(Map.of(FeasibilityView.RX, kids.toString(),
                FeasibilityView.FRAME, frameSku, FeasibilityView.LENS, lensCode)));
        var view = _get(FeasibilityView.class);
        assertThat(view.child.getValue()).isTrue();
        assertThat(view.child.getLabel()).contains("9");

        _click(view.check);

        var advice = view.lastAnswer.feasibility().advice();
        assertThat(advice.recommended()).isEqualTo("1.59");
        assertThat(view.lastAnswer.feasibility().indexes()).filteredOn(v -> !v.index().equals("1.59"))
                .allSatisfy(v -> assertThat(v.allowed()).isFalse());

        UI.getCurrent().navigate("feasibility", QueryParameters.simple(Map.of(FeasibilityView.RX, everyday.toString())));
        assertThat(_get(FeasibilityView.class).child.getValue()).isFalse();
    }

    @Test
    void a_minus_25_sphere_is_not_makeable_and_every_eye_says_why() {
        signInAs("feasibility-associate", Role.ASSOCIATE);
        UI.getCurrent().navigate(FeasibilityView.class);
        var view = _get(FeasibilityView.class);
        view.rx.right.sph.setValue("-25.00");
        view.rx.left.sph.setValue("-25");
        view.rx.pd.setValue("63");
        view.frame.setValue(lensFit.findFrames(frameSku, 5).stream().filter(f -> f.sku().equals(frameSku))
                .findFirst().orElseThrow());
        view.lens.setValue(view.lens.getListDataView().getItems().filter(l -> l.code().equals(lensCode))
                .findFirst().orElseThrow());

        _click(view.check);

        assertThat(view.verdict.getText()).isEqualTo("Not makeable");
        assertThat(view.verdict.hasClassName("no")).isTrue();
        var reasons = _find(view.reasons, Div.class).stream().filter(d -> d.hasClassName("feasibility-reason")).toList();
        assertThat(reasons).isNotEmpty();
        assertThat(reasons).anySatisfy(r -> assertThat(r.getElement().getTextRecursively()).startsWith("OD"));
        assertThat(reasons).anySatisfy(r -> assertThat(r.getElement().getTextRecursively()).startsWith("OS"));
        assertThat(reasons.stream().map(r -> r.getElement().getAttribute("data-code")))
                .containsAnyOf("SPHERE_OUT_OF_RANGE", "MERIDIAN_OUT_OF_RANGE");
        assertThat(view.lastAnswer.feasibility().advice().recommended()).isNull();
    }

    @Test
    void without_a_frame_or_lens_the_check_says_what_to_choose() {
        signInAs("feasibility-empty", Role.OPTICIAN);
        UI.getCurrent().navigate(FeasibilityView.class);
        var view = _get(FeasibilityView.class);
        view.rx.right.sph.setValue("-1.00");
        view.rx.left.sph.setValue("-1.00");

        _click(view.check);

        assertThat(view.frame.isInvalid()).isTrue();
        assertThat(view.lens.isInvalid()).isTrue();
        assertThat(view.answer.isVisible()).isFalse();
    }
}
