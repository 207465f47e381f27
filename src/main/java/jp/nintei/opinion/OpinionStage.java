package jp.nintei.opinion;

/** What the stage must do next, decided in one place (OpinionService.assess). */
public enum OpinionStage {
    /** An opinion is on file and waits for the staff check. */
    RECEIVED,
    /** No request yet: staff choose the physician. */
    TO_REQUEST,
    /** The physician declined: staff choose another (再依頼). */
    TO_REREQUEST,
    /** A request is out (or back for correction): wait, remind, escalate. */
    AWAITING
}
