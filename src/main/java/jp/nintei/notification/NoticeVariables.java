package jp.nintei.notification;

import org.camunda.bpm.engine.delegate.VariableScope;

import jp.nintei.web.InvalidInputException;

/**
 * The process variables of the approval tasks, shared by the three notice processes: the draft
 * the task is about, what Tasklist shows of it, and what the approver and reviser submit.
 */
final class NoticeVariables {

    static final String DRAFT_ID = "noticeDraftId";
    /** Markdown shown on the approval form. */
    static final String SUMMARY = "noticeSummary";
    static final String DRAFT_URL = "noticeDraftUrl";
    /** The approver's choice: {@value #APPROVE} or {@value #SEND_BACK}. */
    static final String DECISION = "noticeDecision";
    static final String APPROVE = "approve";
    static final String SEND_BACK = "sendBack";
    static final String COMMENT = "noticeComment";
    /** The comment of the last send-back, shown to the reviser. */
    static final String REVIEW_COMMENT = "noticeReviewComment";
    /** Read by the gateway after the approval task. */
    static final String APPROVED = "noticeApproved";
    static final String ADDRESSEE_NAME = "addresseeName";
    static final String ADDRESSEE_POSTAL_CODE = "addresseePostalCode";
    static final String ADDRESSEE_ADDRESS = "addresseeAddress";
    static final String REMARK = "noticeRemark";

    private NoticeVariables() {
    }

    /** Puts the draft in front of the approver; the revision form starts from its addressee. */
    static void show(VariableScope scope, NoticeDraft draft, String summary) {
        scope.setVariable(DRAFT_ID, draft.getId());
        scope.setVariable(SUMMARY, summary);
        scope.setVariable(DRAFT_URL, "/staff/notices/drafts/" + draft.getId() + "/pdf");
        Addressee to = draft.addressee();
        scope.setVariable(ADDRESSEE_NAME, to.name());
        scope.setVariable(ADDRESSEE_POSTAL_CODE, to.postalCode());
        scope.setVariable(ADDRESSEE_ADDRESS, to.address());
        scope.setVariable(REMARK, draft.getRemark());
    }

    static long draftId(VariableScope scope) {
        Object value = scope.getVariable(DRAFT_ID);
        if (!(value instanceof Number number)) {
            throw new InvalidInputException(DRAFT_ID, "通知書の下書きが見つかりません。管理者に連絡してください");
        }
        return number.longValue();
    }
}
