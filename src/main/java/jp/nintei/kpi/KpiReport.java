package jp.nintei.kpi;

import java.time.YearMonth;
import java.util.List;

/** The figures of one insurer by month of decision, the period's total, and the national reference. */
public record KpiReport(String insurerNumber, String insurerName, YearMonth from, YearMonth to, String applicationType,
        List<PeriodFigures> months, PeriodFigures total, NationalReference national) {
}
