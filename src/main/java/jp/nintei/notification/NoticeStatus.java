package jp.nintei.notification;

/** Where a draft stands in its approval. */
public enum NoticeStatus {
    /** Waiting for a staff member's approval. */
    PENDING("承認待ち"),
    /** Sent back with a comment; a revision replaces it. */
    SENT_BACK("差し戻し"),
    /** Approved; the issuing step stores it as an issued document. */
    APPROVED("承認済み"),
    /** Issued: the letter is in IssuedDocuments, immutable and hashed. */
    ISSUED("発行済み");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
