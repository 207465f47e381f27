package jp.nintei.kpi;

import java.math.BigDecimal;

/**
 * The national figures the page compares an insurer with (MHLW, 令和5年度 / FY2023): 39.8 days
 * from application to decision, 25.1% decided within 30 days, survey 10.9, opinion 18.0 and
 * board with administration 16.9 days.
 */
public record NationalReference(String period, BigDecimal daysToDecision, BigDecimal percentWithin30Days,
        BigDecimal surveyDays, BigDecimal opinionDays, BigDecimal boardDays) {

    static final NationalReference FY2023 = new NationalReference("令和5年度（全国平均）", new BigDecimal("39.8"),
            new BigDecimal("25.1"), new BigDecimal("10.9"), new BigDecimal("18.0"), new BigDecimal("16.9"));
}
