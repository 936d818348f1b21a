package dev.focal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote_and_reads_back_unchanged() {
        assertThat(Csv.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(Csv.neutralise("+1")).isEqualTo("'+1");
        assertThat(Csv.neutralise("-2")).isEqualTo("'-2");
        assertThat(Csv.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(Csv.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(Csv.neutralise("Round")).isEqualTo("Round");
        assertThat(Csv.neutralise("")).isEmpty();

        for (String value : List.of("=x", "'=x", "''=x", "'quoted'", "'", "plain", "-1.50", "a=b", "")) {
            assertThat(Csv.restore(Csv.neutralise(value))).as(value).isEqualTo(value);
        }
    }

    @Test
    void a_record_is_reported_at_the_line_it_starts_on_even_after_quoted_line_breaks_and_blank_lines()
            throws Exception {
        String file = "\uFEFFcode,name\r\n"
                + "A,\"Light, \"\"round\"\"\r\nand bold\"\r\n"
                + "\r\n"
                + "B,\"one\ntwo\nthree\"\n"
                + "C,plain\r\n";

        var records = read(file);

        assertThat(records).extracting(Csv.Record::line).containsExactly(1, 2, 4, 5, 8);
        assertThat(records.get(0).fields()).containsExactly("code", "name");
        assertThat(records.get(1).fields()).containsExactly("A", "Light, \"round\"\r\nand bold");
        assertThat(records.get(2).blank()).isTrue();
        assertThat(records.get(3).fields()).containsExactly("B", "one\ntwo\nthree");
        assertThat(records.get(4).fields()).containsExactly("C", "plain");
    }

    @Test
    void a_quote_inside_an_unquoted_value_is_kept_as_text() throws Exception {
        assertThat(read("a,5\" lens,b\r\n")).singleElement()
                .satisfies(r -> assertThat(r.fields()).containsExactly("a", "5\" lens", "b"));
    }

    @Test
    void an_unclosed_quote_or_text_after_a_closing_quote_is_a_syntax_error_at_the_line_its_record_starts_on() {
        assertThatThrownBy(() -> read("code,name\r\nA,ok\r\nB,\"never\r\nclosed\r\n"))
                .isInstanceOfSatisfying(Csv.SyntaxError.class, e -> assertThat(e.line()).isEqualTo(3));
        assertThatThrownBy(() -> read("code,name\r\nA,\"two\nlines\"\r\nB,\"quoted\" after\r\n"))
                .isInstanceOfSatisfying(Csv.SyntaxError.class, e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void values_are_quoted_only_where_needed_and_records_end_in_crlf() throws Exception {
        var out = new StringWriter();
        try (var printer = Csv.printer(out)) {
            printer.printRecord(List.of("FR-1", "Round, \"classic\"", "Two\nlines", " padded", "'=x", "-1.50", ""));
        }

        assertThat(out.toString())
                .isEqualTo("FR-1,\"Round, \"\"classic\"\"\",\"Two\nlines\",\" padded\",'=x,-1.50,\r\n");
        assertThat(read(out.toString())).singleElement().satisfies(r -> assertThat(r.fields())
                .containsExactly("FR-1", "Round, \"classic\"", "Two\nlines", " padded", "'=x", "-1.50", ""));
    }

    private static List<Csv.Record> read(String csv) throws Csv.SyntaxError {
        var parser = new Csv.Parser(new StringReader(csv));
        var records = new ArrayList<Csv.Record>();
        for (Csv.Record record = parser.next(); record != null; record = parser.next()) {
            records.add(record);
        }
        return records;
    }
}
