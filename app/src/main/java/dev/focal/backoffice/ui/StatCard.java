package dev.focal.backoffice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A number with a label, tinted good or bad where that matters (failed jobs, live job servers). */
public final class StatCard extends Div {

    public enum Tone { NEUTRAL, GOOD, BAD }

    public StatCard(String label, long value, Tone tone) {
        var number = new Span(String.valueOf(value));
        number.addClassName("stat-value");
        add(number, new Span(label));
        addClassName("stat");
        if (tone != Tone.NEUTRAL) {
            addClassName(tone.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public StatCard(String label, long value) {
        this(label, value, Tone.NEUTRAL);
    }

    /** Good when zero, bad otherwise (failures). */
    public static StatCard zeroIsGood(String label, long value) {
        return new StatCard(label, value, value == 0 ? Tone.GOOD : Tone.BAD);
    }

    /** Bad when zero, good otherwise (servers that should be running). */
    public static StatCard zeroIsBad(String label, long value) {
        return new StatCard(label, value, value == 0 ? Tone.BAD : Tone.GOOD);
    }
}
