package dev.focal.optics;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Prescribed prism of one eye in prism diopters: at most one horizontal part (base in or out) and one vertical
 * part (base up or down), each 0.25 to 10.00 in steps of 0.25.
 */
public record Prism(@Nullable Part horizontal, @Nullable Part vertical) {

    public Prism {
        if (horizontal == null && vertical == null) {
            throw new IllegalArgumentException("A prism needs an amount and a base.");
        }
        if (horizontal != null && !horizontal.base().horizontal()) {
            throw new IllegalArgumentException("The horizontal prism has base in (BI) or base out (BO).");
        }
        if (vertical != null && vertical.base().horizontal()) {
            throw new IllegalArgumentException("The vertical prism has base up (BU) or base down (BD).");
        }
    }

    /** Where the thick edge (the base) of the prism points. */
    public enum Base {
        IN("BI", "base in"), OUT("BO", "base out"), UP("BU", "base up"), DOWN("BD", "base down");

        private final String code;
        private final String words;

        Base(String code, String words) {
            this.code = code;
            this.words = words;
        }

        public String code() {
            return code;
        }

        public String words() {
            return words;
        }

        public boolean horizontal() {
            return this == IN || this == OUT;
        }

        /** {@code BI}, {@code in}, {@code base in}, {@code I} and the like. */
        public static Base of(String input) {
            String t = input.strip().toLowerCase(Locale.ROOT).replaceFirst("^base\\s*", "").replaceFirst("^b", "");
            return switch (t) {
                case "i", "in" -> IN;
                case "o", "out" -> OUT;
                case "u", "up" -> UP;
                case "d", "down" -> DOWN;
                default -> throw new IllegalArgumentException("The base is BI (in), BO (out), BU (up) or BD (down).");
            };
        }
    }

    /** One part of a prism: amount and base. */
    public record Part(BigDecimal amount, Base base) {

        static final BigDecimal MIN = new BigDecimal("0.25");
        static final BigDecimal MAX = new BigDecimal("10.00");
        private static final Pattern COMBINED = Pattern.compile(
                "(?i)\\s*(?:([0-9.,]+)\\s*(?:Δ|pd|prism)?\\s*(b?[iodu][a-z]*(?:\\s+[a-z]+)?|base\\s+[a-z]+))\\s*"
                        + "|\\s*(b?[iodu][a-z]*|base\\s+[a-z]+)\\s*([0-9.,]+)\\s*(?:Δ|pd)?\\s*");

        public Part {
            if (amount.compareTo(MIN) < 0 || amount.compareTo(MAX) > 0) {
                throw new IllegalArgumentException("Prism must be between 0.25 and 10.00 prism diopters.");
            }
            amount = Diopters.onStep(amount, Diopters.QUARTER, "Prism goes in steps of 0.25, like 1.00 or 1.25.");
        }

        /** Reads an amount and a base typed in two fields. */
        public static Part of(String amount, String base) {
            BigDecimal value = Diopters.number(amount);
            if (value == null || value.signum() < 0) {
                throw new IllegalArgumentException("Prism is an amount like 1.00 or 2.50 with a base.");
            }
            if (base.isBlank()) {
                throw new IllegalArgumentException("Say which way the base points: BI, BO, BU or BD.");
            }
            return new Part(value, Base.of(base));
        }

        /** Reads one field holding both: {@code 2 BI}, {@code 1.5BU}, {@code BO 3}, {@code 2 base in}. */
        public static Part of(String combined) {
            Matcher m = COMBINED.matcher(combined);
            if (!m.matches()) {
                throw new IllegalArgumentException("Write prism as an amount and a base, like 2 BI or 1.50 BU.");
            }
            return m.group(1) != null ? of(m.group(1), m.group(2)) : of(m.group(4), m.group(3));
        }

        @Override
        public String toString() {
            return amount.toPlainString() + " " + base.code();
        }
    }

    public static Prism horizontal(Part part) {
        return new Prism(part, null);
    }

    public static Prism vertical(Part part) {
        return new Prism(null, part);
    }

    @Override
    public String toString() {
        if (horizontal != null && vertical != null) {
            return horizontal + ", " + vertical;
        }
        return String.valueOf(horizontal != null ? horizontal : vertical);
    }
}
