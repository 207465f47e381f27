package jp.nintei.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.nintei.application.ApplicationType;

class ValidityRulesTest {

    ValidityRules rules = new ValidityRules();

    @ParameterizedTest(name = "{0} starting {1} for {2} months ends {3}")
    @CsvSource({
            // start on the 1st: exactly n months
            "NEW,      2026-04-01, 6,  2026-09-30",
            // start mid-month: the rest of the month plus n months
            "NEW,      2026-04-15, 6,  2026-10-31",
            "NEW,      2026-01-31, 3,  2026-04-30",
            "CHANGE,   2026-12-20, 12, 2027-12-31",
            // renewals start the day after a month end, so on the 1st
            "RENEWAL,  2026-07-01, 12, 2027-06-30",
            "RENEWAL,  2026-07-01, 48, 2030-06-30",
            // leap year
            "NEW,      2027-08-29, 6,  2028-02-29"})
    void periodEndsAtAMonthEnd(ApplicationType type, LocalDate start, int months, LocalDate end) {
        assertThat(rules.period(start, months)).isEqualTo(new ValidityPeriod(start, end));
    }

    @Test
    void defaultMonthsBySixForNewAndChangeAndTwelveForRenewal() {
        assertThat(rules.defaultMonths(ApplicationType.NEW)).isEqualTo(6);
        assertThat(rules.defaultMonths(ApplicationType.CHANGE)).isEqualTo(6);
        assertThat(rules.defaultMonths(ApplicationType.EX_OFFICIO)).isEqualTo(6);
        assertThat(rules.defaultMonths(ApplicationType.RENEWAL)).isEqualTo(12);
    }

    @ParameterizedTest(name = "{0} unchanged={1}: {2}..{3}")
    @CsvSource({
            "NEW,        false, 3, 12",
            "NEW,        true,  3, 12",
            "CHANGE,     true,  3, 12",
            "EX_OFFICIO, true,  3, 12",
            "RENEWAL,    false, 3, 36",
            "RENEWAL,    true,  3, 48"})
    void allowedRanges(ApplicationType type, boolean unchanged, int min, int max) {
        var range = rules.allowedMonths(type, unchanged);
        assertThat(range).isEqualTo(new ValidityRules.MonthRange(min, max));
        assertThat(range.contains(min - 1)).isFalse();
        assertThat(range.contains(max + 1)).isFalse();
    }

    @Test
    void startDates() {
        LocalDate received = LocalDate.of(2026, 5, 12);
        LocalDate previousEnd = LocalDate.of(2026, 6, 30);
        LocalDate decided = LocalDate.of(2026, 6, 5);
        assertThat(rules.startDate(ApplicationType.NEW, received, null, decided)).isEqualTo(received);
        assertThat(rules.startDate(ApplicationType.CHANGE, received, previousEnd, decided)).isEqualTo(received);
        assertThat(rules.startDate(ApplicationType.RENEWAL, received, previousEnd, decided)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(rules.startDate(ApplicationType.EX_OFFICIO, received, previousEnd, decided)).isEqualTo(decided);
    }

    @Test
    void renewalWindowOpensSixtyDaysBeforeTheEnd() {
        assertThat(rules.renewalWindowOpens(LocalDate.of(2026, 10, 31))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(rules.renewalWindowOpens(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2027, 1, 30));
        assertThat(rules.renewalWindowOpens(LocalDate.of(2028, 4, 30))).isEqualTo(LocalDate.of(2028, 3, 1));
    }
}
