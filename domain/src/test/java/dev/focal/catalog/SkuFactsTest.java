package dev.focal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.catalog.LensSpec.Availability;
import dev.focal.catalog.LensSpec.LensType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The catalog's facts that receiving, stock and the storefront ask for instead of deciding them themselves. */
class SkuFactsTest {

    static SkuFacts sku(Category category) {
        return new SkuFacts(new ProductId(UUID.randomUUID()), "P-1", "p-1", "Name", "Brand", category, "standard",
                ProductStatus.ACTIVE, new Variant("P-1", null, null, null, null, Variant.Status.ACTIVE), null, null);
    }

    static Availability row(boolean stockLens, int leadTimeDays) {
        return new Availability("1.50", "CR-39", new BigDecimal("-6"), new BigDecimal("6"), new BigDecimal("2"), null,
                null, BigDecimal.ZERO, List.of(70), null, stockLens, leadTimeDays);
    }

    static LensSpec lens(Availability... rows) {
        return new LensSpec(LensType.SINGLE_VISION, "Basic", List.of(rows), List.of());
    }

    @Test
    void only_contact_lenses_need_a_lot_number_when_received() {
        assertThat(Arrays.stream(Category.values()).filter(c -> sku(c).needsLot()))
                .containsExactly(Category.CONTACT_LENSES);
    }

    @Test
    void lenses_and_services_are_not_stocked_and_everything_else_is() {
        assertThat(Arrays.stream(Category.values()).filter(c -> !sku(c).stocked()))
                .containsExactlyInAnyOrder(Category.LENSES, Category.SERVICES);
        assertThat(EnumSet.complementOf(EnumSet.of(Category.LENSES, Category.SERVICES)))
                .allMatch(Category::stocked);
    }

    @Test
    void a_lens_row_says_how_it_is_made_and_how_many_days_it_takes() {
        assertThat(row(true, 2).leadTime()).isEqualTo("stock lens, 2 days");
        assertThat(row(false, 7).leadTime()).isEqualTo("surfaced, 7 days");
    }

    @Test
    void a_new_lens_row_starts_with_two_days_for_a_stock_lens_and_a_week_when_surfaced() {
        assertThat(Availability.defaultLeadTimeDays(true)).isEqualTo(2);
        assertThat(Availability.defaultLeadTimeDays(false)).isEqualTo(7);
    }

    @Test
    void a_lens_lead_time_is_one_number_when_all_rows_agree_and_a_range_otherwise() {
        assertThat(lens(row(false, 5), row(false, 5)).leadTime()).isEqualTo("5 working days");
        assertThat(lens(row(false, 7), row(true, 2), row(false, 10)).leadTime()).isEqualTo("2 to 10 working days");
        assertThat(lens().leadTime()).isEqualTo("0 working days");
    }
}
