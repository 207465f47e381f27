package jp.nintei.office;

/** What kind of body an office is; the survey's assignment rules depend on it (DESIGN.md §3.2). */
public enum OfficeKind {
    MUNICIPALITY("市町村"),
    DESIGNATED_ADMIN_CORPORATION("指定市町村事務受託法人"),
    CARE_PLAN_OFFICE("指定居宅介護支援事業者"),
    COMMUNITY_SUPPORT_CENTER("地域包括支援センター"),
    CARE_FACILITY("介護保険施設");

    private final String label;

    OfficeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 新規 surveys may go only to the municipality or a 指定市町村事務受託法人 (介護保険法27条2項). */
    public boolean mayDoNewSurveys() {
        return this == MUNICIPALITY || this == DESIGNATED_ADMIN_CORPORATION;
    }
}
