package jp.nintei.opinion;

/** Names shared by physician-opinion.bpmn, its forms and the delegates. */
final class OpinionProcess {

    static final String MESSAGE_RETURNED = "OpinionReturned";
    static final String ERROR_DECLINED = "PHYSICIAN_DECLINED";

    /** Set by 意見書の状況確認 for the gateway: one of {@link OpinionStage}. */
    static final String STAGE = "opinionStage";
    /** Date: when the next 督促 is due; {@link #MORE_REMINDERS}: whether the schedule has one. */
    static final String REMINDER_DUE_AT = "reminderDueAt";
    static final String MORE_REMINDERS = "moreReminders";
    /** Form values of 電話・FAXによる督促, and the Date of the next call. */
    static final String PHONE_OUTCOME = "phoneOutcome";
    static final String FOLLOW_UP_AT = "followUpAt";
    /** Form value of 意見書の確認, and the flag the gateway reads. */
    static final String CHECK_DECISION = "checkDecision";
    static final String OPINION_ACCEPTED = "opinionAccepted";
    /** Task-local texts the Tasklist forms show. */
    static final String TASK_SUMMARY = "opinionTaskSummary";

    private OpinionProcess() {
    }
}
