package jp.nintei.survey;

/**
 * 現在受けているサービスの状況 (概況調査 Ⅱ, 在宅利用の場合): the services the form lists, with the
 * unit in which it asks for the amount. Not part of survey-items.json, which holds the 基本調査 only.
 */
public enum ServiceKind {
    HOME_HELP("訪問介護（ホームヘルプ）・訪問型サービス", "回/月"),
    HOME_BATHING("訪問入浴介護", "回/月"),
    HOME_NURSING("訪問看護", "回/月"),
    HOME_REHABILITATION("訪問リハビリテーション", "回/月"),
    HOME_MEDICAL_MANAGEMENT("居宅療養管理指導", "回/月"),
    DAY_SERVICE("通所介護（デイサービス）・通所型サービス", "回/月"),
    DAY_CARE("通所リハビリテーション（デイケア）", "回/月"),
    SHORT_STAY("短期入所生活介護（特養等）", "日/月"),
    SHORT_STAY_MEDICAL("短期入所療養介護（老健・診療所）", "日/月"),
    SPECIFIED_FACILITY("特定施設入居者生活介護", "日/月"),
    EQUIPMENT_RENTAL("福祉用具貸与", "品目"),
    EQUIPMENT_PURCHASE("特定福祉用具販売", "品目/6か月"),
    HOME_MODIFICATION("住宅改修", "あり"),
    NIGHT_HOME_CARE("夜間対応型訪問介護", "日/月"),
    DEMENTIA_DAY_SERVICE("認知症対応型通所介護", "日/月"),
    SMALL_MULTIFUNCTIONAL("小規模多機能型居宅介護", "日/月"),
    DEMENTIA_GROUP_HOME("認知症対応型共同生活介護", "日/月"),
    COMMUNITY_SPECIFIED_FACILITY("地域密着型特定施設入居者生活介護", "日/月"),
    COMMUNITY_NURSING_HOME("地域密着型介護老人福祉施設入所者生活介護", "日/月"),
    PERIODIC_VISIT("定期巡回・随時対応型訪問介護看護", "回/月"),
    NURSING_SMALL_MULTIFUNCTIONAL("看護小規模多機能型居宅介護", "日/月"),
    MUNICIPAL_BENEFIT("市町村特別給付", "内容"),
    OUTSIDE_INSURANCE("介護保険給付外の在宅サービス", "内容");

    private final String label;
    private final String unit;

    ServiceKind(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Whether the form asks for a number (回, 日, 品目) rather than a yes or a description. */
    public boolean countable() {
        return !unit.equals("あり") && !unit.equals("内容");
    }
}
