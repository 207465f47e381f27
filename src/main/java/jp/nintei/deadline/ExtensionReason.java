package jp.nintei.deadline;

/** 延期の理由 on the 延期通知書 (reason codes used by municipalities). */
public enum ExtensionReason {
    SURVEY_PENDING("認定調査が終了していないため（調査待ち）"),
    OPINION_PENDING("主治医意見書が提出されていないため（意見書待ち）"),
    SURVEY_AND_OPINION_PENDING("認定調査及び主治医意見書が揃っていないため（両方）"),
    BOARD_PENDING("介護認定審査会の審査が終了していないため（審査会待ち）");

    private final String label;

    ExtensionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ExtensionReason of(boolean surveyDone, boolean opinionDone) {
        if (!surveyDone && !opinionDone) {
            return SURVEY_AND_OPINION_PENDING;
        }
        if (!surveyDone) {
            return SURVEY_PENDING;
        }
        return opinionDone ? BOARD_PENDING : OPINION_PENDING;
    }
}
