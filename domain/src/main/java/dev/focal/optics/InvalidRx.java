package dev.focal.optics;

import dev.focal.shared.InvalidInput;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A prescription entry with problems; each names its field by its form key ({@code od.sph}, {@code pd}).
 * Nothing half-valid is ever built.
 */
public final class InvalidRx extends InvalidInput {

    private final List<RxProblem> problems;

    public InvalidRx(List<RxProblem> problems) {
        super(problems.stream().map(p -> new FieldProblem(p.field().key(), p.message())).toList(),
                problems.stream().map(p -> p.field().label() + ": " + p.message()).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<RxProblem> problems() {
        return problems;
    }
}
