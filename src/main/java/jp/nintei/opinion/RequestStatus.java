package jp.nintei.opinion;

/** Where one request to one physician stands. */
public enum RequestStatus {
    /** Staff chose the physician; the letter has not gone out yet. */
    PREPARED("依頼準備中"),
    /** Requested; the physician's link takes drafts and the submission. */
    OPEN("依頼中"),
    /** The physician submitted; staff check it. */
    SUBMITTED("提出済み（確認待ち）"),
    /** Staff sent the opinion back for correction; the link is open again. */
    RETURNED("修正依頼中"),
    /** The physician cannot write it (辞退); another physician is asked. */
    DECLINED("辞退"),
    /** Staff accepted the opinion: the round trip is complete. */
    ACCEPTED("受理"),
    /** Not sent because an opinion had already arrived. */
    SKIPPED("送付不要（意見書到着済み）"),
    /** The case ended (取下げ) while the request was open. */
    CANCELLED("取消");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The physician may still write (drafts, submission, decline). */
    public boolean isAwaitingPhysician() {
        return this == OPEN || this == RETURNED;
    }
}
