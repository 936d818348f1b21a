package dev.focal.catalog;

/**
 * One problem found in an import file: the line it is on (1 is the header), the column it concerns (empty
 * when it concerns the whole line or file), and what is wrong, in words a catalog manager can act on.
 */
public record ImportProblem(int line, String column, String message) {
}
