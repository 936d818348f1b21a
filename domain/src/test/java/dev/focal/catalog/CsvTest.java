package dev.focal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

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
}
