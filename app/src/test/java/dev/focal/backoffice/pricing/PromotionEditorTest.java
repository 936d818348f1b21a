package dev.focal.backoffice.pricing;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.IntegrationTest;
import dev.focal.identity.Role;
import dev.focal.pricing.Promotion.Stacking;
import dev.focal.pricing.PromotionDraft;
import dev.focal.pricing.PromotionDraft.EffectKind;
import dev.focal.pricing.PromotionFilter;
import dev.focal.pricing.Promotions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PromotionEditorTest extends KaribuTest {

    @Autowired
    Promotions promotions;

    final String code = "KARIBU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    final String brand = "Brand " + code;

    @BeforeEach
    void signIn() {
        signInAs("promo-admin", Role.ADMIN);
    }

    PromotionDraft draft(String name) {
        return new PromotionDraft(code, name, EffectKind.PERCENT_OFF, BigDecimal.TEN, null, null, null, null, null,
                Set.of(), Set.of(brand), Set.of(), null, Set.of(), Set.of(), Instant.parse("2026-01-01T00:00:00Z"),
                null, 0, Stacking.COMBINABLE, null, true);
    }

    @Test
    void a_percentage_over_100_is_shown_at_the_percent_field_and_nothing_is_saved() {
        UI.getCurrent().navigate(PromotionsView.class);
        _click(_get(Button.class, spec -> spec.withText("Add promotion")));
        _get(TextField.class, spec -> spec.withLabel("Code")).setValue(code);
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Too generous");
        _get(BigDecimalField.class, spec -> spec.withLabel("Percent off")).setValue(new BigDecimal("150"));
        _get(TextField.class, spec -> spec.withLabel("Brands")).setValue(brand);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var percent = _get(BigDecimalField.class, spec -> spec.withLabel("Percent off"));
        assertThat(percent.isInvalid()).isTrue();
        assertThat(percent.getErrorMessage()).isEqualTo("Enter a percentage above 0 and at most 100.");
        assertThat(_find(PromotionDialog.class)).hasSize(1);
        assertThat(promotions.count(new PromotionFilter(code, true))).isZero();

        percent.setValue(new BigDecimal("15"));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_find(PromotionDialog.class)).isEmpty();
        assertThat(promotions.find(new PromotionFilter(code, true), org.springframework.data.domain.PageRequest.of(0, 1)))
                .singleElement().satisfies(p -> assertThat(p.draft().brands()).containsExactly(brand));
    }

    @Test
    void a_save_over_someone_elses_change_is_refused_and_the_dialog_stays_open() {
        var id = promotions.create(draft("Original"));
        UI.getCurrent().navigate(PromotionsView.class);
        var view = _get(PromotionsView.class);
        view.search.setValue(code);
        GridKt._clickItem(view.grid, 0, 0, false, false, false, false);
        var dialog = _get(PromotionDialog.class);
        assertThat(dialog.name.getValue()).isEqualTo("Original");

        promotions.update(id, 0, draft("Saved by a colleague"));
        dialog.name.setValue("Mine");
        _click(dialog.save);

        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .isEqualTo("Promotion " + code + " was changed by someone else since you opened it. Reload it to see "
                        + "their changes, then make yours again."));
        assertThat(_find(PromotionDialog.class)).containsExactly(dialog);
        assertThat(dialog.name.getValue()).isEqualTo("Mine");
        assertThat(promotions.get(id).draft().name()).isEqualTo("Saved by a colleague");
    }

    @Test
    void associates_see_promotions_but_cannot_add_or_save() {
        promotions.create(draft("Visible"));
        signInAs("promo-associate", Role.ASSOCIATE);
        UI.getCurrent().navigate(PromotionsView.class);
        var view = _get(PromotionsView.class);
        view.search.setValue(code);

        assertThat(view.add.isVisible()).isFalse();
        GridKt._clickItem(view.grid, 0, 0, false, false, false, false);
        var dialog = _get(PromotionDialog.class);
        assertThat(dialog.save.isVisible()).isFalse();
        assertThat(dialog.name.isReadOnly()).isTrue();
    }
}
