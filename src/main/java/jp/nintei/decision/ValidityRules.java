package jp.nintei.decision;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.springframework.stereotype.Component;

import jp.nintei.application.ApplicationType;

/**
 * 認定有効期間 (介護保険法施行規則38条・41条), the one place these rules live.
 * <ul>
 * <li>新規 and 区分変更: 6 months by default, 3–12 allowed; 更新: 12 by default, 3–36, or 3–48
 * when the level is unchanged. 職権 follows 区分変更.</li>
 * <li>A period ends at a month end: when it starts on a day other than the 1st, the rest of
 * that month is added to the months granted.</li>
 * <li>新規 and 区分変更 start on the application date (retroactive, 法27条8項); 更新 the day after
 * the previous period ends; 職権 on the decision date.</li>
 * <li>更新申請 is accepted from 60 days before the period ends (施行規則39条); the renewal reminder
 * is sent on that day.</li>
 * </ul>
 */
@Component
public class ValidityRules {

    /** 更新申請 is accepted from this many days before the current validity ends (施行規則39条). */
    public static final int RENEWAL_WINDOW_DAYS = 60;

    public record MonthRange(int min, int max) {

        public boolean contains(int months) {
            return months >= min && months <= max;
        }
    }

    public int defaultMonths(ApplicationType type) {
        return type == ApplicationType.RENEWAL ? 12 : 6;
    }

    public MonthRange allowedMonths(ApplicationType type, boolean levelUnchanged) {
        if (type != ApplicationType.RENEWAL) {
            return new MonthRange(3, 12);
        }
        return new MonthRange(3, levelUnchanged ? 48 : 36);
    }

    public LocalDate startDate(ApplicationType type, LocalDate receivedDate, LocalDate previousValidTo,
            LocalDate decisionDate) {
        return switch (type) {
            case NEW, CHANGE -> receivedDate;
            case RENEWAL -> previousValidTo.plusDays(1);
            case EX_OFFICIO -> decisionDate;
        };
    }

    public ValidityPeriod period(LocalDate start, int months) {
        LocalDate end = start.getDayOfMonth() == 1
                ? start.plusMonths(months).minusDays(1)
                : start.plusMonths(months).with(TemporalAdjusters.lastDayOfMonth());
        return new ValidityPeriod(start, end);
    }

    /** The first day a renewal of a period ending on {@code validTo} may be applied for. */
    public LocalDate renewalWindowOpens(LocalDate validTo) {
        return validTo.minusDays(RENEWAL_WINDOW_DAYS);
    }
}
