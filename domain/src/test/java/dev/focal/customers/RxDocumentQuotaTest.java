package dev.focal.customers;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.customers.PrescriptionConfiguration.RxDocumentQuota;
import dev.focal.customers.PrescriptionConfiguration.RxDocumentUsage;
import dev.focal.customers.PrescriptionExceptions.RxDocumentRejected;
import org.junit.jupiter.api.Test;

class RxDocumentQuotaTest {

    static final long MB = 1024 * 1024;
    final RxDocumentQuota quota = new RxDocumentQuota(3, 25 * MB);

    @Test
    void a_document_within_both_limits_is_accepted() {
        assertThatCode(() -> quota.check(new RxDocumentUsage(2, 15 * MB), 10 * MB)).doesNotThrowAnyException();
    }

    @Test
    void one_document_more_than_the_count_allows_is_refused() {
        assertThatThrownBy(() -> quota.check(new RxDocumentUsage(3, MB), 1))
                .isInstanceOf(RxDocumentRejected.class).hasMessageStartingWith("This account already holds 3 ");
    }

    @Test
    void a_document_that_takes_the_total_past_the_byte_limit_is_refused() {
        assertThatThrownBy(() -> quota.check(new RxDocumentUsage(1, 15 * MB), 10 * MB + 1))
                .isInstanceOf(RxDocumentRejected.class).hasMessageContaining("past 25 MB together");
    }

    @Test
    void a_quota_below_one_document_is_a_configuration_error() {
        assertThatThrownBy(() -> new RxDocumentQuota(0, 25 * MB)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new RxDocumentQuota(5, MB)).isInstanceOf(IllegalStateException.class);
    }
}
