package jp.nintei.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jp.nintei.web.InvalidInputException;
import jp.nintei.web.Violation;

/**
 * What an auditor looks for: a case, an insured person, a user, a period (days in Japan time,
 * both included), a document, an action. Every part is optional.
 */
public record AuditFilter(String caseId, String insuredNumber, String actor, LocalDate from, LocalDate to,
        String document, AuditAction action) {

    static final int MAX_TEXT = 200;
    static final int MAX_CASE_ID = 20;

    /** Reads request parameters, with Japanese messages for what cannot be read. */
    public static AuditFilter read(String caseId, String insuredNumber, String actor, String from, String to,
            String document, String action) {
        List<Violation> violations = new ArrayList<>();
        LocalDate fromDate = date(from, "from", "開始日", violations);
        LocalDate toDate = date(to, "to", "終了日", violations);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            violations.add(new Violation("from", "開始日は終了日以前の日付にしてください"));
        }
        String number = text(insuredNumber, "insuredNumber", violations);
        if (number != null && !number.matches("\\d{10}")) {
            violations.add(new Violation("insuredNumber", "被保険者番号は10桁の数字で入力してください"));
        }
        String caseNumber = text(caseId, "caseId", violations);
        if (caseNumber != null && caseNumber.length() > MAX_CASE_ID) {
            // Longer than any case id; the search itself is audited with it, in a column of that width.
            violations.add(new Violation("caseId", "案件番号は" + MAX_CASE_ID + "文字以内で入力してください"));
        }
        AuditAction parsedAction = null;
        if (action != null && !action.isBlank()) {
            try {
                parsedAction = AuditAction.valueOf(action.strip());
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("action", "操作の種類が正しくありません"));
            }
        }
        AuditFilter filter = new AuditFilter(caseNumber, number, text(actor, "actor", violations),
                fromDate, toDate, text(document, "document", violations), parsedAction);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return filter;
    }

    /** For the audit entry of a search or export: what was asked for. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "案件", caseId);
        add(parts, "被保険者番号", insuredNumber);
        add(parts, "利用者", actor);
        add(parts, "期間", from == null && to == null ? null : (from == null ? "" : from) + "〜" + (to == null ? "" : to));
        add(parts, "文書", document);
        add(parts, "操作", action == null ? null : AuditActions.label(action));
        return parts.isEmpty() ? "条件なし" : String.join("、", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null) {
            parts.add(label + "=" + value);
        }
    }

    private static String text(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            violations.add(new Violation(field, "検索条件は" + MAX_TEXT + "文字以内で入力してください"));
            return null;
        }
        return value.strip();
    }

    private static LocalDate date(String value, String field, String label, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, label + "は年-月-日（例: 2026-04-01）の形式で入力してください"));
            return null;
        }
    }
}
