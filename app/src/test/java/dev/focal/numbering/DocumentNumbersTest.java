package dev.focal.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Document numbers: one sequence per kind and year, the year in the business time zone, distinct under load. */
@IntegrationTest
class DocumentNumbersTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    DocumentNumbers numbers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    DocumentNumbers at(String instant) {
        return new DocumentNumbers(new DocumentNumberStore(jdbc), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), BERLIN);
    }

    static int counter(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }

    @Test
    void each_kind_counts_on_its_own_within_a_year() {
        DocumentNumbers june = at("2097-06-15T10:00:00Z");

        String po1 = june.next(DocumentKind.PURCHASE_ORDER);
        String gr1 = june.next(DocumentKind.GOODS_RECEIPT);
        String po2 = june.next(DocumentKind.PURCHASE_ORDER);

        assertThat(po1).matches("PO-2097-\\d{4,}");
        assertThat(gr1).matches("GR-2097-\\d{4,}");
        assertThat(counter(po2)).isEqualTo(counter(po1) + 1);
        assertThat(counter(at("2097-07-01T10:00:00Z").next(DocumentKind.GOODS_RECEIPT))).isEqualTo(counter(gr1) + 1);
    }

    @Test
    void the_year_is_the_business_time_zone_s_so_new_year_in_berlin_starts_a_new_sequence() {
        // 22:30 UTC on 31 December is 23:30 in Berlin: still the old year.
        String lastOfOld = at("2098-12-31T22:30:00Z").next(DocumentKind.TRANSFER);
        // 23:30 UTC on 31 December is 00:30 on 1 January in Berlin: the new year, although UTC is still in the old one.
        String firstOfNew = at("2098-12-31T23:30:00Z").next(DocumentKind.TRANSFER);
        String secondOfNew = at("2099-01-01T08:00:00Z").next(DocumentKind.TRANSFER);

        assertThat(lastOfOld).startsWith("TR-2098-");
        assertThat(firstOfNew).startsWith("TR-2099-");
        assertThat(counter(secondOfNew)).isEqualTo(counter(firstOfNew) + 1);
    }

    @Test
    void concurrent_callers_get_distinct_numbers() throws Exception {
        int callers = 8;
        int each = 5;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                Callable<List<String>> work = () -> {
                    if (!start.await(20, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the start signal never came");
                    }
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(transactions.execute(status -> numbers.next(DocumentKind.CYCLE_COUNT)));
                    }
                    return mine;
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (var result : results) {
                all.addAll(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(all).hasSize(callers * each).doesNotHaveDuplicates().allMatch(n -> n.matches("CC-\\d{4}-\\d{4,}"));
            var counters = all.stream().mapToInt(DocumentNumbersTest::counter).sorted().toArray();
            assertThat(counters[counters.length - 1] - counters[0] + 1).as("no gaps").isEqualTo(callers * each);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_number_is_drawn_only_inside_the_transaction_that_writes_the_document() {
        assertThatThrownBy(() -> numbers.next(DocumentKind.PURCHASE_ORDER))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
