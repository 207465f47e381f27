package jp.nintei.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jp.nintei.application.ApplicationType;
import jp.nintei.insured.Insurer;
import jp.nintei.web.InvalidInputException;

/**
 * The query parameters of the KPI page and API, read with Japanese messages. Without a period it
 * is the current fiscal year (年度, from April) up to this month; without an insurer, the only
 * one there is.
 */
record KpiQuery(String insurerNumber, YearMonth from, YearMonth to, ApplicationType type) {

    static KpiQuery read(String insurer, String from, String to, String type, List<Insurer> insurers, LocalDate today) {
        YearMonth end = month(to, "to", YearMonth.from(today));
        YearMonth fiscalYearStart = YearMonth.of(end.getMonthValue() >= 4 ? end.getYear() : end.getYear() - 1, 4);
        YearMonth start = month(from, "from", fiscalYearStart);
        return new KpiQuery(insurer(insurer, insurers), start, end, type(type));
    }

    private static String insurer(String insurer, List<Insurer> insurers) {
        if (insurer != null && !insurer.isBlank()) {
            if (!insurer.strip().matches("\\d{6}")) {
                throw new InvalidInputException("insurer", "保険者番号は6桁の数字で指定してください");
            }
            return insurer.strip();
        }
        if (insurers.size() == 1) {
            return insurers.get(0).getInsurerNumber();
        }
        throw new InvalidInputException("insurer", "保険者番号を指定してください");
    }

    private static YearMonth month(String value, String field, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "集計月は2026-04の形式（年-月）で指定してください");
        }
    }

    private static ApplicationType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ApplicationType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "申請の種類は NEW, RENEWAL, CHANGE, EX_OFFICIO のいずれかを指定してください");
        }
    }
}
