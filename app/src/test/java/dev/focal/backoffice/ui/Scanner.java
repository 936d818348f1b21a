package dev.focal.backoffice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A keyboard-wedge scanner for Karibu tests: types a code into a {@link ScanField} and presses Enter, as the
 * real scanner does. Comes with a {@link Time} clock so tests can step past the duplicate window.
 */
public final class Scanner {

    private Scanner() {
    }

    /** Scans into the only scan field of the current view. */
    public static void scan(String code) {
        scan(_get(ScanField.class), code);
    }

    public static void scan(ScanField field, String code) {
        var input = field.input();
        input.setValue(code);
        ComponentUtil.fireEvent(input, new KeyDownEvent(input, "Enter"));
    }

    /** A clock that stands still until a test moves it. */
    public static final class Time extends Clock {

        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
