package dev.focal.backoffice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Date-time display in the backoffice: the server's zone, minutes precision. */
final class Formats {

    static final ZoneId ZONE = ZoneId.systemDefault();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DATE_TIME_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private Formats() {
    }

    static String dateTime(@Nullable Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }

    static String dateTimeSeconds(@Nullable Instant instant) {
        return instant == null ? "—" : DATE_TIME_SECONDS.format(instant);
    }

    /** A label and its value as one line of a facts panel (styled by {@code .fact}, {@code .fact-label}). */
    static Div fact(String label, String value) {
        var name = new Span(label);
        name.addClassName("fact-label");
        var text = new Span(value);
        text.addClassName("fact-value");
        var fact = new Div(name, text);
        fact.addClassName("fact");
        return fact;
    }
}
