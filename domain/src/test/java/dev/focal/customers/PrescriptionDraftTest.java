package dev.focal.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.customers.PrescriptionExceptions.InvalidPrescription;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PrescriptionDraftTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void plausible_dates_have_no_problem() {
        assertThat(PrescriptionDraft.dateProblems(TODAY.minusMonths(2), null, TODAY)).isEmpty();
        assertThat(PrescriptionDraft.dateProblems(TODAY, TODAY.plusYears(10), TODAY)).isEmpty();
        assertThat(PrescriptionDraft.dateProblems(null, TODAY, TODAY)).as("a missing issue date is the form's").isEmpty();
    }

    /** "More than 25 years ago" is refused: issued 25 years ago to the day still passes, one day earlier does not. */
    @Test
    void an_issue_date_up_to_exactly_twenty_five_years_ago_passes_and_a_day_more_is_refused() {
        assertThat(PrescriptionDraft.dateProblems(LocalDate.of(2001, 11, 24), null, TODAY)).isEmpty();
        assertThat(PrescriptionDraft.dateProblems(LocalDate.of(2001, 11, 23), null, TODAY))
                .extracting(InvalidPrescription::field, InvalidPrescription::getMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("issuedOn",
                        "The issue date is more than 25 years ago; check the year."));
        assertThat(PrescriptionDraft.dateProblems(LocalDate.of(2006, 11, 23), null, TODAY))
                .as("20 years and a day is well inside the limit").isEmpty();
    }

    @Test
    void every_date_problem_is_named_at_its_field_at_once() {
        assertThat(PrescriptionDraft.dateProblems(TODAY.plusDays(1), TODAY, TODAY))
                .extracting(InvalidPrescription::field, InvalidPrescription::getMessage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("issuedOn", "The issue date cannot be in the future."),
                        org.assertj.core.groups.Tuple.tuple("expiresOn", "The expiry date comes after the issue date."));
        assertThat(PrescriptionDraft.dateProblems(TODAY.minusYears(26), null, TODAY))
                .extracting(InvalidPrescription::field).containsExactly("issuedOn");
        assertThat(PrescriptionDraft.dateProblems(TODAY, TODAY.plusYears(10).plusDays(1), TODAY))
                .extracting(InvalidPrescription::getMessage).singleElement().asString().contains("10 years");
    }
}
