package dev.focal.catalog;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The catalog files' CSV, read and written by Apache Commons CSV in its RFC 4180 format: comma-separated, fields
 * optionally in double quotes, a quote inside a quoted field doubled, line breaks allowed inside quotes, records
 * ending in CRLF when written. A UTF-8 byte order mark at the start is skipped. Each record read knows the
 * physical line it starts on, so problems can name it. Also neutralises text cells that spreadsheets would run as
 * formulas.
 */
final class Csv {

    /** RFC 4180; empty lines are kept as records so the line count stays right (the import skips them). */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

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

        SyntaxError(int line, String message, Throwable cause) {
            super(message, cause);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** Reads records one by one. Input errors (such as undecodable bytes) come as {@link UncheckedIOException}. */
    static final class Parser {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;

        Parser(Reader in) {
            try {
                parser = CSVParser.builder().setReader(withoutByteOrderMark(in)).setFormat(FORMAT).get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            records = parser.iterator();
        }

        /** The next record, or null at the end of the input. */
        @Nullable
        Record next() throws SyntaxError {
            // Line breaks consumed so far, including those inside quotes: the next record starts on the line after.
            int line = Math.toIntExact(parser.getCurrentLineNumber()) + 1;
            try {
                return records.hasNext() ? new Record(line, records.next().toList()) : null;
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CSVException syntax) {
                    throw new SyntaxError(line, "A value in quotes must be closed by a quote followed by a comma or"
                            + " the end of the line (a quote inside it is doubled: \"\").", syntax);
                }
                throw e;
            }
        }

        private static Reader withoutByteOrderMark(Reader in) throws IOException {
            var pushback = new PushbackReader(in, 1);
            int first = pushback.read();
            if (first != -1 && first != '\uFEFF') {
                pushback.unread(first);
            }
            return pushback;
        }
    }

    /** A printer that writes records in {@link #FORMAT}, quoting only where needed, each ending in CRLF. */
    static CSVPrinter printer(Writer out) {
        try {
            return new CSVPrinter(out, FORMAT);
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
}
