package jp.nintei.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jp.nintei.carelevel.CareLevel;

/**
 * The milestones of one decided case in calendar days, as MHLW counts them: from the 申請日 to
 * the survey, to the opinion's arrival, and from the day both documents were in to the decision.
 * A milestone the history does not hold (a case migrated from an earlier system) is null and
 * the case leaves that average out.
 */
record CaseTimeline(DecidedCase decided, LocalDate decisionDate, LocalDate surveyDate, LocalDate opinionDate,
        boolean withinDeadline) {

    long daysToDecision() {
        return ChronoUnit.DAYS.between(decided.receivedDate(), decisionDate);
    }

    Long surveyDays() {
        return surveyDate == null ? null : ChronoUnit.DAYS.between(decided.receivedDate(), surveyDate);
    }

    Long opinionDays() {
        return opinionDate == null ? null : ChronoUnit.DAYS.between(decided.receivedDate(), opinionDate);
    }

    /** 資料完備から決定まで: the board and the administration after it. */
    Long boardDays() {
        if (surveyDate == null || opinionDate == null) {
            return null;
        }
        LocalDate documentsComplete = surveyDate.isAfter(opinionDate) ? surveyDate : opinionDate;
        return ChronoUnit.DAYS.between(documentsComplete, decisionDate);
    }

    /** Compared with the primary result; null when it is unknown. */
    Integer change() {
        CareLevel primary = decided.primaryCareLevel();
        return primary == null ? null : Integer.signum(decided.careLevel().compareTo(primary));
    }
}
