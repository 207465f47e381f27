package jp.nintei.caremanager;

import java.time.LocalDate;

import jp.nintei.progress.PublicState;

/** One line of the office's client list: a client and one of their cases, as far as the office may see it. */
public record ClientCaseRow(
        String insuredNumber,
        String name,
        String nameKana,
        LocalDate notificationStart,
        LocalDate notificationEnd,
        String caseId,
        String applicationTypeLabel,
        LocalDate receivedDate,
        PublicState state,
        String stateLabel,
        LocalDate expectedDate,
        String expectedLabel,
        LocalDate decisionExpectedDate,
        boolean overdue,
        String withheldReason) {

    String caseIdOrEmpty() {
        return caseId == null ? "" : caseId;
    }
}
