package jp.nintei.board;

/**
 * Why the board departed from the primary result. The board may change the level only on
 * grounds the 認定審査会 guidance recognises: care needs beyond or below what the standard time
 * reflects, shown by the 特記事項 or the opinion, or a corrected survey answer.
 */
public enum ChangeReason {
    MORE_CARE_NEEDED("特記事項・主治医意見書から通常より介護の手間が多い"),
    LESS_CARE_NEEDED("特記事項・主治医意見書から通常より介護の手間が少ない"),
    DEMENTIA_CARE("認知症の症状・行動に伴う介護の手間"),
    MEDICAL_CARE("医療的な処置・管理に伴う介護の手間"),
    STATE_STABILITY("状態の安定性・認知機能の評価（要支援2・要介護1の判定）"),
    SURVEY_CORRECTION("基本調査の選択の修正（一次判定の修正）"),
    OTHER("その他（理由を記載）");

    private final String label;

    ChangeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "Other" says nothing by itself: the text must explain. */
    public boolean needsText() {
        return this == OTHER;
    }
}
