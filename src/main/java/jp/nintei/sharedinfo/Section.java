package jp.nintei.sharedinfo;

/** The parts of a case's certification information that are disclosed (or withheld) one by one. */
public enum Section {
    PROGRESS("進捗"),
    APPLICATION("申請"),
    SURVEY("認定調査"),
    OPINION("主治医意見書"),
    DETERMINATION("一次判定・二次判定"),
    DECISION("認定結果・被保険者証");

    private final String label;

    Section(String label) {
        this.label = label;
    }

    /** Also the document name written to the audit log when the section is read. */
    public String label() {
        return label;
    }
}
