package jp.nintei.progress;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jp.nintei.time.BusinessClock;
import jp.nintei.time.JapaneseDates;

/** Dates for residents' and care managers' pages in 和暦, as ${@wareki.date(d)} in templates. */
@Component("wareki")
public class WarekiDates {

    private final BusinessClock clock;

    WarekiDates(BusinessClock clock) {
        this.clock = clock;
    }

    public String date(LocalDate date) {
        return JapaneseDates.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? null : JapaneseDates.format(LocalDate.ofInstant(instant, clock.zone()));
    }
}
