package jp.nintei.caremanager;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Predicate;

/** The columns the client case list sorts by; an unknown value falls back to the expected date. */
enum CaseSort {
    EXPECTED(row -> row.expectedDate() == null, Comparator.comparing(ClientCaseRow::expectedDate)),
    STATE(row -> row.state() == null, Comparator.comparing(ClientCaseRow::state)),
    RECEIVED(row -> row.receivedDate() == null, Comparator.comparing(ClientCaseRow::receivedDate)),
    NAME(row -> false, Comparator.comparing(ClientCaseRow::nameKana)),
    INSURED(row -> false, Comparator.comparing(ClientCaseRow::insuredNumber));

    private final Predicate<ClientCaseRow> missing;
    private final Comparator<ClientCaseRow> order;

    CaseSort(Predicate<ClientCaseRow> missing, Comparator<ClientCaseRow> order) {
        this.missing = missing;
        this.order = order;
    }

    static CaseSort of(String value) {
        for (CaseSort s : values()) {
            if (s.param().equals(value)) {
                return s;
            }
        }
        return EXPECTED;
    }

    String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Rows without a value (no case, or nothing the office may see) stay at the end in either direction. */
    Comparator<ClientCaseRow> comparator(boolean descending) {
        Comparator<ClientCaseRow> byValue = (a, b) -> missing.test(a) || missing.test(b) ? 0
                : descending ? order.compare(b, a) : order.compare(a, b);
        return Comparator.comparing((ClientCaseRow row) -> missing.test(row))
                .thenComparing(byValue)
                .thenComparing(ClientCaseRow::insuredNumber)
                .thenComparing(ClientCaseRow::caseIdOrEmpty);
    }
}
