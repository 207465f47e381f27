package jp.nintei.opinion;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.nintei.time.BusinessClock;

/** When the n-th 督促 of a wait is due: {@code reminderDays} after the wait began, at {@code reminderTime}. */
@Component
public class ReminderSchedule {

    private final List<Integer> days;
    private final OpinionProperties properties;
    private final BusinessClock clock;

    ReminderSchedule(OpinionProperties properties, BusinessClock clock) {
        this.days = properties.reminderDays();
        this.properties = properties;
        this.clock = clock;
    }

    public int count() {
        return days.size();
    }

    /** The day of reminder {@code index} (0-based) of a wait that began on {@code since}, if the schedule has one. */
    public Optional<LocalDate> day(LocalDate since, int index) {
        return index < days.size() ? Optional.of(since.plusDays(days.get(index))) : Optional.empty();
    }

    /** The moment on that day timers fire. */
    public Date at(LocalDate day) {
        return Date.from(day.atTime(properties.reminderTime()).atZone(clock.zone()).toInstant());
    }
}
