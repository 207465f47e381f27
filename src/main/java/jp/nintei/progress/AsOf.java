package jp.nintei.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import jp.nintei.web.InvalidInputException;

/** Reads the {@code asOf} parameter: a day (its end counts) or an instant with offset. */
public final class AsOf {

    private AsOf() {
    }

    public static Instant parse(String value, Instant now, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return now;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atTime(LocalTime.MAX).atZone(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf",
                    "時点（asOf）は 2026-05-01 または 2026-05-01T10:00:00+09:00 の形式で指定してください");
        }
    }
}
