package jp.nintei.kpi;

import java.time.Instant;
import java.time.LocalDate;

import jp.nintei.application.ApplicationType;
import jp.nintei.carelevel.CareLevel;

/** One decided case as the KPIs see it: read from the application and decision registers. */
public record DecidedCase(String caseId, ApplicationType type, LocalDate receivedDate, LocalDate decisionDate,
        Instant decidedAt, CareLevel careLevel, CareLevel primaryCareLevel) {
}
