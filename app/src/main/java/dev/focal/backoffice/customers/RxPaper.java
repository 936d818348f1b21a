package dev.focal.backoffice.customers;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.focal.optics.ContactLensEntry;
import dev.focal.optics.ContactLensRx;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.PupillaryDistance;
import dev.focal.optics.RxEntry;
import dev.focal.optics.RxField.Eye;
import dev.focal.optics.SpectacleRx;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A prescription's values laid out like the paper it came on (OD row, OS row, then the measurements), read only.
 * Given the version before it, every cell whose value differs is marked {@code changed}, so two papers side by
 * side show what an amendment changed at a glance.
 */
final class RxPaper extends Div {

    record Column(String key, String header) {
    }

    static final List<Column> SPECTACLE_COLUMNS = List.of(new Column("sph", "SPH"), new Column("cyl", "CYL"),
            new Column("axis", "AXIS"), new Column("add", "ADD"), new Column("prismH", "Prism H"),
            new Column("prismV", "Prism V"), new Column("height", "Height"));
    static final List<Column> CONTACT_COLUMNS = List.of(new Column("brand", "Brand"), new Column("sph", "PWR"),
            new Column("bc", "BC"), new Column("dia", "DIA"), new Column("cyl", "CYL"), new Column("axis", "AXIS"),
            new Column("add", "ADD"));
    static final List<Column> MEASURES = List.of(new Column("pd", "PD"), new Column("pd.near", "Near PD"),
            new Column("vertex", "Vertex"));

    /** Every shown value by its key ({@code od.sph}, {@code pd}); for tests and for comparing. */
    final Map<String, Span> cells = new LinkedHashMap<>();

    RxPaper(@Nullable OpticalRx rx, @Nullable OpticalRx previous) {
        addClassName("rx-paper");
        if (rx == null) {
            var none = new Paragraph("No values yet: the prescription is a document waiting to be transcribed.");
            none.addClassName("hint");
            add(none);
            return;
        }
        Map<String, String> values = values(rx);
        Map<String, String> before = previous == null ? null : values(previous);
        boolean spectacles = rx instanceof SpectacleRx;
        List<Column> columns = spectacles ? SPECTACLE_COLUMNS : CONTACT_COLUMNS;
        var grid = new Div(new Span());
        grid.addClassName("rx-paper-grid");
        grid.addClassName(spectacles ? "rx-spectacles" : "rx-contacts");
        columns.forEach(c -> grid.add(RxValuesForm.header(c.header(), c.header())));
        for (Eye eye : Eye.values()) {
            grid.add(RxValuesForm.eyeLabel(eye.code(), eye.word() + " eye"));
            for (Column column : columns) {
                grid.add(cell(prefix(eye) + column.key(), values, before));
            }
        }
        add(grid);
        if (spectacles) {
            var measures = new Div();
            measures.addClassName("rx-paper-measures");
            for (Column column : MEASURES) {
                var label = new Span(column.header());
                label.addClassName("rx-head");
                var box = new Div(label, cell(column.key(), values, before));
                box.addClassName("rx-measure");
                measures.add(box);
            }
            add(measures);
        }
    }

    private Span cell(String key, Map<String, String> values, @Nullable Map<String, String> before) {
        String value = values.getOrDefault(key, "");
        var span = new Span(value.isEmpty() ? "—" : value);
        span.addClassName("rx-value");
        if (before != null && !Objects.equals(value, before.getOrDefault(key, ""))) {
            span.addClassName("changed");
            String was = before.getOrDefault(key, "");
            span.getElement().setAttribute("title", "Was " + (was.isEmpty() ? "empty" : was));
        }
        cells.put(key, span);
        return span;
    }

    boolean changed(String key) {
        Span cell = cells.get(key);
        return cell != null && cell.hasClassName("changed");
    }

    private static String prefix(Eye eye) {
        return eye == Eye.RIGHT ? "od." : "os.";
    }

    /** The shown text of every value, as an optician writes it (signed powers, three-digit axis). */
    static Map<String, String> values(OpticalRx rx) {
        var values = new LinkedHashMap<String, String>();
        switch (rx) {
            case SpectacleRx s -> {
                var entry = RxEntry.from(s);
                eye(values, "od.", entry.right());
                eye(values, "os.", entry.left());
                PupillaryDistance pd = s.pd();
                values.put("pd", pd == null ? "" : pd.monocular()
                        ? plain(pd.right()) + " / " + plain(pd.left()) : plain(pd.binocular()));
                values.put("pd.near", pd == null || pd.near() == null ? "" : plain(pd.near()));
                values.put("vertex", s.vertex().mm() + " mm");
            }
            case ContactLensRx c -> {
                var entry = ContactLensEntry.from(c);
                contact(values, "od.", entry.right());
                contact(values, "os.", entry.left());
            }
        }
        return values;
    }

    private static void eye(Map<String, String> values, String prefix, RxEntry.EyeEntry e) {
        values.put(prefix + "sph", sphere(e.sph()));
        values.put(prefix + "cyl", nz(e.cyl()).isEmpty() ? "DS" : nz(e.cyl()));
        values.put(prefix + "axis", axis(e.axis()));
        values.put(prefix + "add", nz(e.add()));
        values.put(prefix + "prismH", (nz(e.prismH()) + " " + nz(e.prismHBase())).strip());
        values.put(prefix + "prismV", (nz(e.prismV()) + " " + nz(e.prismVBase())).strip());
        values.put(prefix + "height", nz(e.height()));
    }

    private static void contact(Map<String, String> values, String prefix, ContactLensEntry.EyeEntry e) {
        values.put(prefix + "brand", nz(e.brand()));
        values.put(prefix + "sph", sphere(e.sph()));
        values.put(prefix + "bc", nz(e.bc()));
        values.put(prefix + "dia", nz(e.dia()));
        values.put(prefix + "cyl", nz(e.cyl()));
        values.put(prefix + "axis", axis(e.axis()));
        values.put(prefix + "add", nz(e.add()));
    }

    private static String sphere(@Nullable String sph) {
        String s = nz(sph);
        return s.equals("+0.00") || s.equals("0.00") || s.equals("-0.00") ? "PL" : s;
    }

    private static String axis(@Nullable String axis) {
        String a = nz(axis);
        return a.isEmpty() ? "" : "x" + "000".substring(Math.min(3, a.length())) + a;
    }

    /** One line per eye, for lists: {@code OD -2.25 -0.75 x 180 · OS -2.00 DS}. */
    static String summary(@Nullable OpticalRx rx) {
        if (rx == null) {
            return "Not transcribed yet";
        }
        return switch (rx) {
            case SpectacleRx s -> "OD " + s.right() + " · OS " + s.left();
            case ContactLensRx c -> "OD " + c.right() + " · OS " + c.left();
        };
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }
}
