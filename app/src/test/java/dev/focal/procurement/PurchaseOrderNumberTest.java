package dev.focal.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PurchaseOrderNumberTest {

    @Test
    void a_scanned_number_is_read_in_any_case_and_with_blanks_around_it() {
        assertThat(PurchaseOrderNumber.parse(" po-2026-0042 ")).map(PurchaseOrderNumber::value).contains("PO-2026-0042");
        assertThat(PurchaseOrderNumber.parse("PO-2026-10000")).isPresent();
    }

    @Test
    void text_that_is_not_a_purchase_order_number_is_not_one() {
        assertThat(PurchaseOrderNumber.parse("GR-2026-0001")).isEmpty();
        assertThat(PurchaseOrderNumber.parse("PO-26-1")).isEmpty();
        assertThat(PurchaseOrderNumber.parse(null)).isEmpty();
        assertThatThrownBy(() -> new PurchaseOrderNumber("PO-x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_scan_with_the_prefix_looks_like_a_purchase_order_even_when_mistyped() {
        assertThat(PurchaseOrderNumber.looksLike("po-2026-99")).isTrue();
        assertThat(PurchaseOrderNumber.looksLike("4006381333931")).isFalse();
        assertThat(PurchaseOrderNumber.looksLike(null)).isFalse();
    }
}
