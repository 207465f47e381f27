package jp.nintei.scale;

/**
 * 認知症高齢者の日常生活自立度, in the order of domain/survey-items.json (a test checks both agree).
 * Both the surveyor and the attending physician assess it.
 */
public enum DementiaLevel {
    INDEPENDENT("自立"),
    I("Ⅰ"),
    IIA("Ⅱa"),
    IIB("Ⅱb"),
    IIIA("Ⅲa"),
    IIIB("Ⅲb"),
    IV("Ⅳ"),
    M("M");

    private final String label;

    DementiaLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Ⅱ or above: the threshold of the 要支援2 / 要介護1 split (DESIGN.md §3.4). */
    public boolean isAtLeastII() {
        return compareTo(IIA) >= 0;
    }
}
