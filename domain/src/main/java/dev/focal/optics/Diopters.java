package dev.focal.optics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes powers the way people type and print them: {@code -2.25}, {@code -2,25}, {@code +2},
 * {@code .50}, {@code −1.00} (typographic minus or dash), {@code pl}/{@code plano}. Values are kept at scale 2.
 */
final class Diopters {

    static final BigDecimal QUARTER = new BigDecimal("0.25");
    static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{0,3})?|\\.\\d{1,3})");

    private Diopters() {
    }

    /** True when the text means "no power": plano, PL, DS (diopter sphere, no cylinder) and the like. */
    static boolean isPlano(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace(".", "");
        return t.equals("pl") || t.equals("plano") || t.equals("pln") || t.equals("ds") || t.equals("sph")
                || t.equals("infinity") || t.equals("∞");
    }

    /**
     * The number in {@code text}, or {@code null} when it is not one. Accepts a comma as the decimal mark, a
     * typographic minus, a trailing {@code D} or {@code dpt}, and spaces after the sign.
     */
    static @Nullable BigDecimal number(String text) {
        String t = text.strip()
                .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2212\uFE63\uFF0D]", "-").replace('\uFF0B', '+')
                .replace(',', '.')
                .replaceAll("(?i)\\s*(dpt|dioptres?|diopters?|d)$", "")
                .replaceAll("^([+-])\\s+", "$1");
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
    }

    /**
     * {@code text} without a trailing word that only names what the number is ({@code -2.00 DS}, {@code -1.25 DC}):
     * {@code suffix} is a regular expression of such words. Left unchanged when nothing but the word is there.
     */
    static String withoutSuffix(String text, String suffix) {
        return text.strip().replaceFirst("(?i)(?<=[0-9.])\\s*(?:" + suffix + ")$", "");
    }

    /** {@code value} at scale 2, or an error when it has more precision than {@code step} allows. */
    static BigDecimal onStep(BigDecimal value, BigDecimal step, String stepMessage) {
        if (value.remainder(step).signum() != 0) {
            throw new IllegalArgumentException(stepMessage);
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** As printed on a prescription: sign always shown, two decimals ({@code +2.00}, {@code -0.25}, {@code 0.00}). */
    static String signed(BigDecimal value) {
        BigDecimal v = value.setScale(2, RoundingMode.HALF_EVEN);
        return v.signum() > 0 ? "+" + v.toPlainString() : v.signum() == 0 ? "0.00" : v.toPlainString();
    }
}
