package jp.nintei.engine;

/** Names of the process variables shared between the BPMN files and the delegates. */
public final class CaseVariables {

    /** The case id; also the business key of every process instance of the case. */
    public static final String CASE_ID = "caseId";
    /** Shown in Tasklist so staff know which case a task belongs to. */
    public static final String CASE_LABEL = "caseLabel";
    public static final String APPLICATION_TYPE = "applicationType";
    /** Date (timer): when the 延期通知 task appears if the case is still undecided. */
    public static final String EXTENSION_NOTICE_DUE_AT = "extensionNoticeDueAt";
    /** Date (timer): when to look again after a notice, i.e. after its expected date. */
    public static final String EXTENSION_RECHECK_AT = "extensionRecheckAt";
    public static final String EXTENSION_NOTICE_ID = "extensionNoticeId";
    public static final String EXTENSION_NOTICE_NEEDED = "extensionNoticeNeeded";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String WITHDRAWAL_REQUESTED_BY = "withdrawalRequestedBy";
    public static final String INTAKE_ACCEPTED = "intakeAccepted";
    public static final String REJECTION_REASON = "rejectionReason";

    /** Message names. */
    public static final String MESSAGE_WITHDRAWN = "ApplicationWithdrawn";

    private CaseVariables() {
    }
}
