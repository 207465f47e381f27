package jp.nintei.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one clock of the application. It reads the engine's clock so that a test which moves
 * Camunda's clock (ClockUtil) moves the business dates with it: timers and deadlines agree.
 */
@Component
public class BusinessClock {

    private final ZoneId zone;

    public BusinessClock(@Value("${nintei.zone:Asia/Tokyo}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Midnight at the start of the given day in the municipality's zone, as timers need it. */
    public Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
