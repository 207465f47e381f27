package jp.nintei.notification;

/**
 * The letters this feature issues. The name is the {@code kind} under which IssuedDocuments keeps
 * their versions; official notices carry a 文書番号, the renewal reminder (an お知らせ) does not.
 */
public enum NoticeKind {
    DECISION_NOTICE("認定結果通知書", "notification/decision-notice", true),
    EXTENSION_NOTICE("延期通知書", "notification/extension-notice", true),
    RENEWAL_REMINDER("更新申請のお知らせ", "notification/renewal-reminder", false);

    private final String label;
    private final String template;
    private final boolean numbered;

    NoticeKind(String label, String template, boolean numbered) {
        this.label = label;
        this.template = template;
        this.numbered = numbered;
    }

    public String label() {
        return label;
    }

    String template() {
        return template;
    }

    boolean numbered() {
        return numbered;
    }
}
