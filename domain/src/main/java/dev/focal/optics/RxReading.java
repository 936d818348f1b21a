package dev.focal.optics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of reading a prescription form: the prescription when every field is valid, otherwise the problems
 * per field; warnings either way (they never block).
 */
public record RxReading<T extends OpticalRx>(@Nullable T rx, List<RxProblem> problems, List<RxWarning> warnings) {

    public RxReading {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if ((rx == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("A reading has either a prescription or problems.");
        }
    }

    public boolean valid() {
        return rx != null;
    }

    /** The prescription, or {@link InvalidRx} with every problem. */
    public T orElseThrow() {
        if (rx == null) {
            throw new InvalidRx(problems);
        }
        return rx;
    }
}
