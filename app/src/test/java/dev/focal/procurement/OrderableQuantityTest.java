package dev.focal.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Rounding order quantities to what a supplier accepts: whole packs, at least the minimum order quantity. */
class OrderableQuantityTest {

    @Property
    void the_rounded_quantity_is_the_smallest_whole_pack_quantity_covering_the_wish_and_the_minimum(
            @ForAll @IntRange(min = 1, max = 5000) int wanted, @ForAll @IntRange(min = 1, max = 144) int pack,
            @ForAll @IntRange(min = 1, max = 500) int minimum) {
        int rounded = Orderable.roundUp(wanted, pack, minimum);

        assertThat(rounded).isGreaterThanOrEqualTo(wanted).isGreaterThanOrEqualTo(minimum);
        assertThat(rounded % pack).isZero();
        assertThat(rounded - pack).isLessThan(Math.max(wanted, minimum));
        assertThat(Orderable.fits(rounded, pack, minimum)).isTrue();
    }

    @Property
    void a_quantity_fits_exactly_when_rounding_leaves_it_unchanged(@ForAll @IntRange(min = 1, max = 5000) int quantity,
            @ForAll @IntRange(min = 1, max = 144) int pack, @ForAll @IntRange(min = 1, max = 500) int minimum) {
        assertThat(Orderable.fits(quantity, pack, minimum)).isEqualTo(Orderable.roundUp(quantity, pack, minimum) == quantity);
    }

    @Test
    void examples_from_the_buyers_screen() {
        assertThat(Orderable.roundUp(10, 12, 1)).isEqualTo(12);
        assertThat(Orderable.roundUp(30, 12, 24)).isEqualTo(36);
        assertThat(Orderable.roundUp(5, 1, 24)).isEqualTo(24);
        assertThat(Orderable.roundUp(13, 6, 12)).isEqualTo(18);
    }
}
