package dev.focal.procurement;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers of procurement documents, one sequence per kind and calendar year: PO-2026-0001, GR-2026-0001.
 * The counter row is upserted in the writing transaction, so numbers are unique and, since a rolled-back
 * document rolls its number back too, without gaps.
 */
@Component
class DocumentNumbers {

    static final String PURCHASE_ORDER = "PO";
    static final String GOODS_RECEIPT = "GR";

    private final JdbcClient jdbc;
    private final Clock clock;

    DocumentNumbers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String next(String kind) {
        int year = LocalDate.now(clock).getYear();
        int number = jdbc.sql("""
                insert into procurement_number (kind, year, last) values (?, ?, 1)
                on conflict (kind, year) do update set last = procurement_number.last + 1
                returning last""").params(kind, year).query(Integer.class).single();
        return "%s-%d-%04d".formatted(kind, year, number);
    }
}
