package dev.focal.numbering;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next number of a business document: prefix, year and a counter per kind and year, "PO-2026-0001". The
 * year is the calendar year in the business time zone ({@code focal.time-zone}, Europe/Berlin unless
 * configured), so a document written at 00:30 on 1 January in Berlin is numbered in the new year although
 * it is still 31 December in UTC.
 *
 * <p>The counter row is upserted in the caller's transaction (which must exist): two callers queue on the row
 * lock and get distinct numbers, and a rolled-back document rolls its number back too, so there are no gaps.
 * No access rule of its own: it is called only from writing services that checked theirs.
 */
@Service
public class DocumentNumbers {

    private final DocumentNumberStore store;
    private final Clock clock;
    private final ZoneId zone;

    DocumentNumbers(DocumentNumberStore store, Clock clock, @Value("${focal.time-zone:Europe/Berlin}") ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
    }

    /** Draws the next number of the kind in the current year; part of the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("permitAll()")
    public String next(DocumentKind kind) {
        int year = clock.instant().atZone(zone).getYear();
        int last = store.increment(kind.prefix(), year);
        return "%s-%d-%04d".formatted(kind.prefix(), year, last);
    }
}
