package jp.nintei.sharedinfo;

/** Whether a 居宅サービス計画作成依頼届出 links an office to a person on the day asked about. */
public enum CarePlanLink {
    /** The office never filed one for the person. */
    NONE,
    /** A notification covers the day. */
    ACTIVE,
    /** The office's notification has ended (or not yet begun): no access. */
    ENDED
}
