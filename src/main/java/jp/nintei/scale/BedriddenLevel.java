package jp.nintei.scale;

/** 障害高齢者の日常生活自立度（寝たきり度）, in the order of domain/survey-items.json. */
public enum BedriddenLevel {
    INDEPENDENT("自立"),
    J1("J1"),
    J2("J2"),
    A1("A1"),
    A2("A2"),
    B1("B1"),
    B2("B2"),
    C1("C1"),
    C2("C2");

    private final String label;

    BedriddenLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
