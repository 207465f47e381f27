package jp.nintei.notification;

import org.camunda.bpm.engine.delegate.VariableScope;

import jp.nintei.deadline.ExtensionNotice;
import jp.nintei.engine.CaseVariables;
import jp.nintei.time.JapaneseDates;

/** What the 延期通知書 tasks show and submit beyond the common notice variables. */
final class ExtensionNoticeVariables {

    static final String REASON_LABEL = "extensionReasonLabel";
    static final String EXPECTED_DATE_LABEL = "extensionExpectedDate";
    /** ISO date on the revision form; it starts with the current 処理見込日. */
    static final String REVISED_EXPECTED_DATE = "revisedExpectedDate";

    private ExtensionNoticeVariables() {
    }

    static long noticeId(VariableScope scope) {
        return ((Number) scope.getVariable(CaseVariables.EXTENSION_NOTICE_ID)).longValue();
    }

    static void show(VariableScope scope, ExtensionNotice notice) {
        scope.setVariable(REASON_LABEL, notice.getReason().label());
        scope.setVariable(EXPECTED_DATE_LABEL, JapaneseDates.format(notice.getExpectedDecisionDate()));
        scope.setVariable(REVISED_EXPECTED_DATE, notice.getExpectedDecisionDate().toString());
    }
}
