package jp.nintei.opinion;

/** How an opinion reached the municipality. */
public enum OpinionSource {
    /** The physician's web form, reached by the request's link. */
    PORTAL("電子（依頼のリンク）"),
    /** Submitted electronically without a link, e.g. together with the application (介護情報基盤). */
    API("電子（連携）"),
    /** Recorded by staff in the first version of the platform. */
    STAFF("職員入力");

    private final String label;

    OpinionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
