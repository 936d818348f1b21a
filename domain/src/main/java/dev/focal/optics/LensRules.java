package dev.focal.optics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The lens rule table, read from {@code optics/lens-rules.csv} (data, not code; thresholds differ per brand and
 * change): the index recommended for a power, the materials required for children, safety, sports and rimless or
 * drilled frames, and the frame rules of the feasibility check. Every answer names {@link #version()}.
 */
public final class LensRules {

    static final String RESOURCE = "optics/lens-rules.csv";
    private static final BigDecimal ANY = new BigDecimal("1000");

    private final String version;
    private final List<Recommendation> recommendations;
    private final Map<Condition, Requirement> requirements;
    private final BigDecimal progressiveMinB;
    private final BigDecimal fittingHeightMargin;
    private final BigDecimal edgingAllowance;

    private LensRules(RuleFile file) {
        this.version = file.version();
        var recs = new ArrayList<Recommendation>();
        for (List<String> row : file.rows("recommend")) {
            need(row, 4, file);
            recs.add(new Recommendation(limit(row.get(1)), limit(row.get(2)), index(row.get(3), file)));
        }
        if (recs.isEmpty() || recs.getLast().highestUpTo().compareTo(ANY) < 0) {
            throw new IllegalStateException(file.name() + ": the last recommend row must take any power (*;*).");
        }
        this.recommendations = List.copyOf(recs);
        var reqs = new TreeMap<Condition, Requirement>();
        for (List<String> row : file.rows("require")) {
            need(row, 4, file);
            Condition condition = Condition.valueOf(row.get(1).toUpperCase(Locale.ROOT));
            List<String> indexes = List.of(row.get(2).split("\\|")).stream().map(i -> index(i, file)).toList();
            reqs.put(condition, new Requirement(condition, indexes, row.get(3)));
        }
        this.requirements = Map.copyOf(reqs);
        var frame = new TreeMap<String, BigDecimal>();
        for (List<String> row : file.rows("frame")) {
            need(row, 3, file);
            frame.put(row.get(1), new BigDecimal(row.get(2)));
        }
        this.progressiveMinB = required(frame, "progressive_min_b", file);
        this.fittingHeightMargin = required(frame, "fitting_height_margin", file);
        this.edgingAllowance = required(frame, "edging_allowance", file);
    }

    /** The rules shipped with Focal. */
    public static LensRules standard() {
        return Holder.STANDARD;
    }

    /** Rules from the text of a rule file (tests, or a brand's own table). */
    public static LensRules parse(String name, String text) {
        return new LensRules(RuleFile.parse(name, text));
    }

    private static final class Holder {
        static final LensRules STANDARD = new LensRules(RuleFile.load(RESOURCE));
    }

    /** "lens-rules 2026.1". */
    public String version() {
        return "lens-rules " + version;
    }

    /** A row of the power table: up to this highest-meridian power and this cylinder (absolute), this index. */
    public record Recommendation(BigDecimal highestUpTo, BigDecimal cylinderUpTo, String index) {
    }

    /** What makes impact-resistant material required. */
    public enum Condition {
        CHILD, SAFETY, SPORTS, RIMLESS, DRILLED
    }

    /** The indexes allowed under a condition (in order of preference) and why, in a customer's words. */
    public record Requirement(Condition condition, List<String> indexes, String why) {
    }

    public List<Recommendation> recommendations() {
        return recommendations;
    }

    /** The index the table recommends for one eye's highest-meridian power and cylinder (both absolute). */
    public String recommend(BigDecimal highestMeridian, BigDecimal cylinder) {
        for (Recommendation r : recommendations) {
            if (highestMeridian.abs().compareTo(r.highestUpTo()) <= 0 && cylinder.abs().compareTo(r.cylinderUpTo()) <= 0) {
                return r.index();
            }
        }
        return recommendations.getLast().index();
    }

    /** The index the table recommends for an eye (its highest meridian and cylinder). */
    public String recommend(EyeRx eye) {
        return recommend(eye.highestMeridian(), eye.cylinder().diopters());
    }

    /** The requirements that apply to this wearer and frame, in the table's order. */
    public List<Requirement> requirements(WearerFacts facts, FrameFit frame) {
        Set<Condition> active = new LinkedHashSet<>();
        if (facts.child()) {
            active.add(Condition.CHILD);
        }
        if (facts.safety()) {
            active.add(Condition.SAFETY);
        }
        if (facts.sports()) {
            active.add(Condition.SPORTS);
        }
        if (frame.rim() == FrameFit.Rim.RIMLESS) {
            active.add(Condition.RIMLESS);
        } else if (frame.drilled()) {
            active.add(Condition.DRILLED);
        }
        return active.stream().map(requirements::get).filter(r -> r != null).toList();
    }

    /**
     * The indexes allowed by every requirement that applies, in the first requirement's order of preference; empty
     * when nothing is required (every index allowed).
     */
    public List<String> requiredIndexes(List<Requirement> applying) {
        if (applying.isEmpty()) {
            return List.of();
        }
        List<String> allowed = new ArrayList<>(applying.getFirst().indexes());
        for (Requirement r : applying) {
            allowed.removeIf(i -> r.indexes().stream().noneMatch(j -> same(i, j)));
        }
        return List.copyOf(allowed);
    }

    public BigDecimal progressiveMinB() {
        return progressiveMinB;
    }

    public BigDecimal fittingHeightMargin() {
        return fittingHeightMargin;
    }

    public BigDecimal edgingAllowance() {
        return edgingAllowance;
    }

    static boolean same(String index, String other) {
        return new BigDecimal(index).compareTo(new BigDecimal(other)) == 0;
    }

    private static BigDecimal limit(String cell) {
        return cell.equals("*") ? ANY : new BigDecimal(cell);
    }

    private static String index(String cell, RuleFile file) {
        if (!cell.strip().matches("1\\.\\d{2,3}")) {
            throw new IllegalStateException(file.name() + ": '" + cell + "' is not a lens index like 1.60.");
        }
        return cell.strip();
    }

    private static void need(List<String> row, int cells, RuleFile file) {
        if (row.size() < cells) {
            throw new IllegalStateException(file.name() + ": the row " + String.join(";", row) + " needs " + cells
                    + " cells.");
        }
    }

    private static BigDecimal required(Map<String, BigDecimal> frame, String rule, RuleFile file) {
        @Nullable BigDecimal value = frame.get(rule);
        if (value == null) {
            throw new IllegalStateException(file.name() + " has no frame;" + rule + " row.");
        }
        return value;
    }
}
