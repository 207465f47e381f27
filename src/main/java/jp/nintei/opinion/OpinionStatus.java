package jp.nintei.opinion;

/** Where one submitted version of an opinion stands. */
public enum OpinionStatus {
    SUBMITTED("確認待ち"),
    SENT_BACK("修正依頼"),
    ACCEPTED("受理");

    private final String label;

    OpinionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
