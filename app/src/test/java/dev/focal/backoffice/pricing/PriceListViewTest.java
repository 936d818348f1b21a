package dev.focal.backoffice.pricing;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import dev.focal.IntegrationTest;
import dev.focal.identity.Role;
import dev.focal.pricing.Channel;
import dev.focal.pricing.CreatePriceList;
import dev.focal.pricing.ItemPrice;
import dev.focal.pricing.PriceListId;
import dev.focal.pricing.PriceLists;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PriceListViewTest extends KaribuTest {

    @Autowired
    PriceLists priceLists;

    PriceListId list;
    final String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    @BeforeEach
    void openTheList() {
        signInAs("list-admin", Role.ADMIN);
        list = priceLists.create(new CreatePriceList("karibu-" + suffix, "Karibu list", Channel.WEB, "BGN", true,
                Instant.now(), null));
        UI.getCurrent().navigate(PriceListView.class, list.toString());
    }

    @Test
    void item_prices_are_added_inline_and_bad_input_is_shown_at_its_field() {
        var view = _get(PriceListView.class);
        view.itemPrice.setValue(new BigDecimal("10.00"));
        _click(view.setItem);
        assertThat(view.sku.isInvalid()).isTrue();
        assertThat(view.sku.getErrorMessage()).isEqualTo("Enter the SKU.");

        view.sku.setValue("kb-" + suffix);
        view.itemPrice.setValue(new BigDecimal("-1"));
        _click(view.setItem);
        assertThat(view.sku.isInvalid()).isFalse();
        assertThat(view.itemPrice.isInvalid()).isTrue();
        assertThat(view.itemPrice.getErrorMessage()).isEqualTo("A price cannot be negative.");

        view.itemPrice.setValue(new BigDecimal("12.50"));
        _click(view.setItem);
        assertThat(GridKt._size(view.items)).isEqualTo(1);
        assertThat(GridKt._get(view.items, 0)).isEqualTo(new ItemPrice("KB-" + suffix.toUpperCase(Locale.ROOT),
                Money.of("12.50", "BGN")));
    }

    @Test
    void a_bulk_paste_with_a_bad_line_names_the_line_and_sets_nothing() {
        var view = _get(PriceListView.class);
        view.tabs.setSelectedIndex(3);
        view.bulk.setValue("A-" + suffix + ";10.00\nB-" + suffix + ";ten");
        _click(view.setBulk);
        assertThat(view.bulk.isInvalid()).isTrue();
        assertThat(view.bulk.getErrorMessage()).isEqualTo("Line 2: the price is not a number like 129.00.");
        assertThat(priceLists.countItemPrices(list, null)).isZero();

        view.bulk.setValue("A-" + suffix + ";10.00\nB-" + suffix + "\t20");
        _click(view.setBulk);
        assertThat(priceLists.countItemPrices(list, null)).isEqualTo(2);
    }
}
