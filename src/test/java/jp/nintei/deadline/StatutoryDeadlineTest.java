package jp.nintei.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StatutoryDeadlineTest {

    StatutoryDeadline deadline = new StatutoryDeadline(5);

    @Test
    void decisionIsDueThirtyCalendarDaysAfterTheApplication() {
        assertThat(deadline.decisionDueDate(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2027, 1, 24));
        assertThat(deadline.decisionDueDate(LocalDate.of(2027, 2, 1))).isEqualTo(LocalDate.of(2027, 3, 3));
    }

    @Test
    void noticeTaskAppearsTheMarginBeforeTheDeadline() {
        assertThat(deadline.noticeDueDate(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 26));
        assertThat(new StatutoryDeadline(0).noticeDueDate(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void expectedDateWithoutSessionIsOneMonthAhead() {
        assertThat(deadline.defaultExpectedDate(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void recheckIsTheDayAfterTheExpectedDate() {
        assertThat(deadline.recheckDate(LocalDate.of(2026, 5, 31))).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void marginMustLeaveTimeBeforeTheDeadline() {
        assertThatThrownBy(() -> new StatutoryDeadline(30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StatutoryDeadline(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
