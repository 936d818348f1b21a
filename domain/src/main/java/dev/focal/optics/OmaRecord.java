package dev.focal.optics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A lab job file in The Vision Council's Data Communication Standard ("OMA"), as plain records: one
 * {@code LABEL=value[;value]} per line, lines ending in CRLF, per-eye values written {@code R;L}. Labels and values
 * are kept exactly as read, in order, so that labels Focal does not know (vendor labels starting with {@code _} and
 * any other) pass through untouched. {@link LabJob} is the typed view.
 */
public record OmaRecord(List<Line> lines) {

    public static final String CRLF = "\r\n";

    public OmaRecord {
        lines = List.copyOf(lines);
    }

    /** One record: a label and its raw value (with the {@code ;} separators). */
    public record Line(String label, String value) {

        public Line {
            if (!label.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("'" + label + "' is not a DCS label.");
            }
            if (value.contains("\r") || value.contains("\n")) {
                throw new IllegalArgumentException("A DCS value is one line.");
            }
        }

        /** The values split at {@code ;}; an empty value stays an empty string. */
        public List<String> values() {
            return List.of(value.split(";", -1));
        }

        @Override
        public String toString() {
            return label + "=" + value;
        }
    }

    /**
     * Reads a job file. Lines may end in CRLF or LF (files get converted on the way); blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line number of a line without {@code LABEL=}
     */
    public static OmaRecord parse(String text) {
        var lines = new ArrayList<Line>();
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Line " + (i + 1) + " of the job file is not LABEL=value: '"
                        + line + "'.");
            }
            lines.add(new Line(line.substring(0, eq), line.substring(eq + 1)));
        }
        return new OmaRecord(lines);
    }

    /** The file: every line followed by CRLF. */
    public String write() {
        var out = new StringBuilder();
        for (Line line : lines) {
            out.append(line).append(CRLF);
        }
        return out.toString();
    }

    /** The first line with this label. */
    public Optional<Line> first(String label) {
        return lines.stream().filter(l -> l.label().equals(label)).findFirst();
    }
}
