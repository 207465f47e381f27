package jp.nintei.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.nintei.time.BusinessClock;

/** The 督促 schedule is configuration: any ascending list of days, at a time of day. */
class ReminderScheduleTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void theDefaultIsDayTenAndDayFourteenAtNine() {
        var schedule = schedule(null, null);
        LocalDate since = LocalDate.of(2026, 3, 25);
        assertThat(schedule.count()).isEqualTo(2);
        assertThat(schedule.day(since, 0)).hasValue(LocalDate.of(2026, 4, 4));
        assertThat(schedule.day(since, 1)).hasValue(LocalDate.of(2026, 4, 8));
        assertThat(schedule.day(since, 2)).isEmpty();
        assertThat(schedule.at(LocalDate.of(2026, 4, 4)).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 4, 4, 9, 0, 0, 0, TOKYO).toInstant());
    }

    @Test
    void anotherMunicipalityRemindsThreeTimesInTheAfternoon() {
        var schedule = schedule(List.of(7, 14, 21), LocalTime.of(14, 30));
        assertThat(schedule.count()).isEqualTo(3);
        assertThat(schedule.day(LocalDate.of(2026, 1, 1), 2)).hasValue(LocalDate.of(2026, 1, 22));
        assertThat(schedule.at(LocalDate.of(2026, 1, 22)).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 1, 22, 14, 30, 0, 0, TOKYO).toInstant());
    }

    @Test
    void aScheduleThatCannotWorkIsRefusedAtStartup() {
        assertThatThrownBy(() -> schedule(List.of(), null)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> schedule(List.of(14, 10), null)).hasMessageContaining("ascending");
        assertThatThrownBy(() -> schedule(List.of(0, 10), null)).hasMessageContaining("ascending");
        assertThatThrownBy(() -> new OpinionProperties(null, java.time.Duration.ZERO, null, null, null, null, null, null,
                null, null)).hasMessageContaining("link-validity");
    }

    private static ReminderSchedule schedule(List<Integer> days, LocalTime time) {
        return new ReminderSchedule(new OpinionProperties(null, null, null, days, time, null, null, null, null, null),
                new BusinessClock("Asia/Tokyo"));
    }
}
