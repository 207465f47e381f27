package jp.nintei.sharedinfo;

/** Who a webhook subscriber is, which decides what its deliveries may contain. */
public enum Audience {
    /** The insurer's own systems (資格・給付): the whole record, whatever the consents. */
    INSURER("保険者内部システム"),
    /** Systems outside the insurer (介護情報基盤, care-management software): only what the consents allow. */
    EXTERNAL("外部システム（同意に基づく提供）");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
