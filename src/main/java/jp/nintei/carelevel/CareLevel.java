package jp.nintei.carelevel;

/** 要介護状態区分. The order is the order of need: compareTo tells which level is higher. */
public enum CareLevel {
    NOT_APPLICABLE("非該当"),
    SUPPORT_1("要支援1"),
    SUPPORT_2("要支援2"),
    CARE_1("要介護1"),
    CARE_2("要介護2"),
    CARE_3("要介護3"),
    CARE_4("要介護4"),
    CARE_5("要介護5");

    private final String label;

    CareLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isCertified() {
        return this != NOT_APPLICABLE;
    }
}
