package jp.nintei.opinion;

/** How a 督促 reached the physician. */
public enum ReminderChannel {
    MAIL("メール"), LETTER("郵送"), PHONE("電話"), FAX("FAX");

    private final String label;

    ReminderChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
