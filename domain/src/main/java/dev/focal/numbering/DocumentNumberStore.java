package dev.focal.numbering;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of document numbers (ADR 0013), table {@code document_number}: one counter per prefix and year. No
 * rules here: {@link DocumentNumbers} decides the year and the format.
 */
@Component
class DocumentNumberStore {

    private final JdbcClient jdbc;

    DocumentNumberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one up (from 1 in a new year) and returns the new count; the row stays locked until commit. */
    int increment(String prefix, int year) {
        return jdbc.sql("""
                insert into document_number (kind, year, last) values (?, ?, 1)
                on conflict (kind, year) do update set last = document_number.last + 1
                returning last""").params(prefix, year).query(Integer.class).single();
    }
}
