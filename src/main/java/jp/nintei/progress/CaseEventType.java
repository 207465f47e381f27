package jp.nintei.progress;

/**
 * What can happen to a case. The first eleven are the internal checkpoints of DESIGN.md §4 in
 * their order; the rest are events that end or delay a case.
 */
public enum CaseEventType {
    APPLICATION_RECEIVED("申請受付"),
    SURVEY_REQUESTED("調査依頼"),
    SURVEY_COMPLETED("調査実施"),
    OPINION_REQUESTED("意見書依頼"),
    OPINION_RECEIVED("意見書受領"),
    PRIMARY_DETERMINED("一次判定完了"),
    MASKING_COMPLETED("マスキング完了"),
    BOARD_ALLOCATED("審査会割付"),
    BOARD_HELD("審査会実施"),
    DECIDED("決定"),
    NOTIFIED("通知"),
    INTAKE_CONFIRMED("申請内容確認"),
    EXTENSION_NOTICE_SENT("延期通知"),
    WITHDRAWN("取下げ"),
    REJECTED("却下"),
    SURVEY_REMINDED("調査の督促"),
    SURVEY_OVERDUE("調査期限の超過"),
    SURVEY_CORRECTED("調査票の修正"),
    SURVEY_ASSIGNMENT_CHANGED("調査依頼の変更"),
    OPINION_REMINDED("意見書督促"),
    OPINION_DECLINED("意見書作成辞退"),
    OPINION_SENT_BACK("意見書修正依頼"),
    OPINION_ACCEPTED("意見書確認"),
    OPINION_LINK_REISSUED("意見書URL再発行");

    private final String label;

    CaseEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
