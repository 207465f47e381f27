package jp.nintei.progress;

/** Where an expected date comes from, so that a page can say "予定" or "目安" honestly. */
public enum ExpectedBasis {
    REFERENCE_TARGET("標準的な処理期間からの目安"),
    SCHEDULED_SESSION("審査会の開催予定日"),
    DECISION_DUE("法定の処理期限（申請日から30日）"),
    EXTENSION_NOTICE("延期通知でお知らせした処理見込日");

    private final String label;

    ExpectedBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
