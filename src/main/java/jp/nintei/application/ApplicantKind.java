package jp.nintei.application;

/** Who filed the application: the person, family, or a proxy allowed by 介護保険法27条1項. */
public enum ApplicantKind {
    SELF("本人", false),
    FAMILY("家族", false),
    CARE_MANAGER_OFFICE("指定居宅介護支援事業者", true),
    COMMUNITY_SUPPORT_CENTER("地域包括支援センター", true),
    CARE_FACILITY("介護保険施設", true),
    GUARDIAN("成年後見人", false),
    MUNICIPALITY("市町村（職権）", false);

    private final String label;
    private final boolean office;

    ApplicantKind(String label, boolean office) {
        this.label = label;
        this.office = office;
    }

    public String label() {
        return label;
    }

    /** Offices filing 代理申請 must give their name and 事業所番号. */
    public boolean isOffice() {
        return office;
    }
}
