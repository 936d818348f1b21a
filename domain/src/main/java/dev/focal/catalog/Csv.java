package dev.focal.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV, strictly: comma-separated, fields optionally in double quotes, a quote inside a quoted field
 * doubled, line breaks (CRLF, LF or CR) allowed inside quotes. A UTF-8 byte order mark at the start is
 * skipped. Each record knows the line it starts on, so problems can name it.
 */
final class Csv {

    private Csv() {
    }

    /** One record: the physical line it starts on (1-based) and its fields. */
    record Record(int line, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** The file is not valid CSV at {@code line}; what follows cannot be read reliably. */
    static final class SyntaxError extends Exception {

        private final int line;

        SyntaxError(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** Reads records one by one. */
    static final class Parser {

        private final Reader in;
        private int line = 1;
        private int pushedBack = -2;
        private boolean started;

        Parser(Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            int c = in.read();
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    c = in.read();
                }
            }
            return c;
        }

        /** The next record, or null at the end of the input. */
        @Nullable
        Record next() throws SyntaxError {
            try {
                int c = read();
                if (c == -1) {
                    return null;
                }
                int startLine = line;
                var fields = new ArrayList<String>();
                var field = new StringBuilder();
                while (true) {
                    if (c == '"') {
                        if (!field.isEmpty()) {
                            throw new SyntaxError(line, "A quote inside an unquoted value: put the whole value in"
                                    + " quotes and double the quote (\"\").");
                        }
                        readQuoted(field, startLine);
                        c = read();
                        if (c != ',' && c != '\r' && c != '\n' && c != -1) {
                            throw new SyntaxError(line, "Text after a closing quote: a quoted value must end at a"
                                    + " comma or the end of the line.");
                        }
                        continue;
                    }
                    if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                    } else if (c == '\r' || c == '\n' || c == -1) {
                        fields.add(field.toString());
                        if (c == '\r') {
                            int n = read();
                            if (n != '\n') {
                                pushedBack = n;
                            }
                        }
                        if (c != -1) {
                            line++;
                        }
                        return new Record(startLine, List.copyOf(fields));
                    } else {
                        field.append((char) c);
                    }
                    c = read();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void readQuoted(StringBuilder field, int startLine) throws IOException, SyntaxError {
            int openedOn = line;
            while (true) {
                int c = read();
                if (c == -1) {
                    throw new SyntaxError(openedOn, "A quote opened on line " + openedOn + " is never closed.");
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                        continue;
                    }
                    pushedBack = n;
                    return;
                }
                if (c == '\n' || (c == '\r')) {
                    if (c == '\r') {
                        int n = read();
                        if (n != '\n') {
                            pushedBack = n;
                        } else {
                            field.append('\r');
                            c = '\n';
                        }
                    }
                    line++;
                }
                field.append((char) c);
            }
        }
    }

    /** Writes one record, quoting only where needed, ending in CRLF. */
    static void write(Writer out, List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell starting with one of these is run as a formula by spreadsheets (OWASP "CSV injection"). */
    private static final String FORMULA_START = "=+-@\t\r";

    /**
     * Prefixes a text cell that a spreadsheet would run as a formula with a single quote, as OWASP advises.
     * A value that already starts with quotes before such a character gets one more, so {@link #restore} is its
     * exact inverse. Only for text: numbers like -1.50 are written as they are.
     */
    static String neutralise(String value) {
        return formulaAfterQuotes(value) ? "'" + value : value;
    }

    /** Undoes {@link #neutralise} on a text cell read back. */
    static String restore(String value) {
        return value.startsWith("'") && formulaAfterQuotes(value) ? value.substring(1) : value;
    }

    private static boolean formulaAfterQuotes(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && FORMULA_START.indexOf(value.charAt(i)) >= 0;
    }

    static String quote(String value) {
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1))));
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
