package dev.focal.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Input breaks a rule; nothing was written. Use it when the caller can fix the request by changing what it
 * typed or sent: each problem names its field as the command record or form calls it ({@code email},
 * {@code lines[0].quantity}, {@code od.sph}), so a form shows the message at that field and the API lists it
 * under {@code errors}. A problem with the input as a whole names no field.
 *
 * <p>A context's own validation failures extend this under their own names ({@code InvalidStockInput},
 * {@code InvalidRx}); edges catch this type to show any of them.
 */
public abstract class InvalidInput extends IllegalArgumentException {

    /** One field and what is wrong with it, in words a user can act on. */
    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;

    /** A problem with one field. */
    protected InvalidInput(String field, String message) {
        super(message);
        this.problems = List.of(new FieldProblem(field, message));
    }

    /** A problem with the input as a whole, naming no field. */
    protected InvalidInput(String message) {
        super(message);
        this.problems = List.of();
    }

    /** Problems with several fields at once; {@code message} sums them up. */
    protected InvalidInput(List<FieldProblem> problems, String message) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** The field the (first) problem concerns, or null when the input as a whole is wrong. */
    public @Nullable String field() {
        return problems.isEmpty() ? null : problems.getFirst().field();
    }

    /** Every field with its problem, in order; empty when the input as a whole is wrong. */
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
