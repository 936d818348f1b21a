package dev.focal.backoffice.pricing;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.Category;
import dev.focal.catalog.ProductDraft;
import dev.focal.identity.Role;
import dev.focal.pricing.Channel;
import dev.focal.pricing.CreatePriceList;
import dev.focal.pricing.PriceLists;
import dev.focal.pricing.PriceQuote.RuleOutcome;
import dev.focal.pricing.Promotion.Stacking;
import dev.focal.pricing.PromotionDraft;
import dev.focal.pricing.PromotionDraft.EffectKind;
import dev.focal.pricing.Promotions;
import dev.focal.pricing.TaxRate;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The price preview on a real catalog SKU, price list (in RON, which no other test uses) and promotion. */
@IntegrationTest
class PricePreviewViewTest extends KaribuTest {

    @Autowired
    Catalog catalog;
    @Autowired
    PriceLists priceLists;
    @Autowired
    Promotions promotions;

    final String code = "PV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    final String region = "RO-" + code;

    @BeforeEach
    void setUp() {
        signInAs("preview-admin", Role.ADMIN);
        catalog.create(new ProductDraft(Category.ACCESSORIES, code, "Hard case", "Brand " + code, "", "STANDARD",
                null, null, null, List.of()));
        if (priceLists.bookFor(Channel.STORE, "RON", Instant.now()).isEmpty()) {
            priceLists.create(new CreatePriceList("store-ron-" + code.toLowerCase(Locale.ROOT).substring(3), "Store RON",
                    Channel.STORE, "RON", false, Instant.now().minus(Duration.ofDays(1)), null));
        }
        var list = priceLists.find(org.springframework.data.domain.PageRequest.of(0, 500)).stream()
                .filter(l -> l.currency().equals("RON")).findFirst().orElseThrow();
        priceLists.setItemPrice(list.id(), code, Money.of("100.00", "RON"));
        priceLists.setTaxRate(new TaxRate("STANDARD", region, new BigDecimal("19")));
        promotions.create(new PromotionDraft(code, "Case week", EffectKind.PERCENT_OFF, BigDecimal.TEN, null, null,
                null, null, null, Set.of("ACCESSORIES"), Set.of("Brand " + code), Set.of(), null, Set.of(),
                Set.of(Channel.STORE), Instant.now().minus(Duration.ofDays(1)), null, 0, Stacking.COMBINABLE, null,
                true));
        UI.getCurrent().navigate(PricePreviewView.class);
    }

    @Test
    void a_cart_shows_its_lines_totals_and_the_explanation() {
        var view = _get(PricePreviewView.class);
        view.channel.setValue(Channel.STORE);
        view.currency.setValue("RON");
        view.region.setValue(region);
        view.rows.getFirst().sku.setValue(code.toLowerCase(Locale.ROOT));
        view.rows.getFirst().quantity.setValue(2);
        _click(view.price);

        assertThat(view.problem.isVisible()).isFalse();
        var line = view.lines.getListDataView().getItems().toList();
        assertThat(line).singleElement().satisfies(l -> {
            assertThat(l.base()).isEqualTo(Money.of("200.00", "RON"));
            assertThat(l.discounted()).isEqualTo(Money.of("180.00", "RON"));
            assertThat(l.tax()).isEqualTo(Money.of("34.20", "RON"));
            assertThat(l.total()).isEqualTo(Money.of("214.20", "RON"));
        });
        assertThat(view.totals.getText()).contains("total " + Money.of("214.20", "RON"));
        List<RuleOutcome> outcomes = view.explanation.getListDataView().getItems().toList();
        assertThat(outcomes).anySatisfy(o -> {
            assertThat(o.ruleId()).isEqualTo(code);
            assertThat(o.applied()).isTrue();
            assertThat(o.reason()).isEqualTo("10 % off on 1 line(s): " + Money.of("20.00", "RON") + " off");
        });
        assertThat(outcomes).anySatisfy(o -> assertThat(o.reason()).startsWith("19 % in " + region));
    }

    @Test
    void an_unknown_sku_is_named_at_its_field_and_nothing_is_priced() {
        var view = _get(PricePreviewView.class);
        view.region.setValue(region);
        view.rows.getFirst().sku.setValue("NO-SUCH-SKU-" + code);
        _click(view.price);

        var sku = view.rows.getFirst().sku;
        assertThat(sku.isInvalid()).isTrue();
        assertThat(sku.getErrorMessage()).isEqualTo("There is no SKU NO-SUCH-SKU-" + code + " in the catalog.");
        assertThat(view.lines.getListDataView().getItems()).isEmpty();
    }
}
