package dev.focal.inventory;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Numbers of inventory documents, counted per kind and year: "TR-2026-0001", "CC-2026-0001". */
@Component
class StockDocuments {

    private final JdbcClient jdbc;
    private final Clock clock;

    StockDocuments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The next number of a kind ("TR", "CC") in this year; the row lock serialises two creators. */
    String next(String kind) {
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        int last = jdbc.sql("""
                insert into stock_document_number (kind, year, last) values (?, ?, 1)
                on conflict (kind, year) do update set last = stock_document_number.last + 1
                returning last""")
                .params(kind, year).query(Integer.class).single();
        return "%s-%d-%04d".formatted(kind, year, last);
    }
}
