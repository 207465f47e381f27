package jp.nintei.opinion;

/**
 * The answer choices of the 主治医意見書, in the order and wording of the official form
 * (厚生労働省 主治医意見書記入の手引き). The two 日常生活自立度 scales are jp.nintei.scale's, and
 * 特別な医療 comes from domain/survey-items.json (see SpecialMedicalCare).
 */
public final class OpinionChoices {

    private OpinionChoices() {
    }

    /** Every choice has the label the form prints. */
    public interface Labeled {
        String label();
    }

    /** 意見書作成料の区分: 初回/2回目以降 × 在宅/施設 (recorded for payment). */
    public enum FeeCategory implements Labeled {
        FIRST_HOME("初回・在宅"), FIRST_FACILITY("初回・施設"), SUBSEQUENT_HOME("2回目以降・在宅"),
        SUBSEQUENT_FACILITY("2回目以降・施設");

        private final String label;

        FeeCategory(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isFirst() {
            return this == FIRST_HOME || this == FIRST_FACILITY;
        }
    }

    /** 主治医として、本意見書が介護サービス計画作成等に利用されることに同意する／しない. */
    public enum Consent implements Labeled {
        AGREE("同意する"), DISAGREE("同意しない");

        private final String label;

        Consent(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Presence implements Labeled {
        PRESENT("有"), ABSENT("無");

        private final String label;

        Presence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 他科受診の診療科. */
    public enum Department implements Labeled {
        INTERNAL("内科"), PSYCHIATRY("精神科"), SURGERY("外科"), ORTHOPEDICS("整形外科"), NEUROSURGERY("脳神経外科"),
        DERMATOLOGY("皮膚科"), UROLOGY("泌尿器科"), GYNECOLOGY("婦人科"), OPHTHALMOLOGY("眼科"), ENT("耳鼻咽喉科"),
        REHABILITATION("リハビリテーション科"), DENTISTRY("歯科"), OTHER("その他");

        private final String label;

        Department(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 1(2) 症状としての安定性. */
    public enum Stability implements Labeled {
        STABLE("安定"), UNSTABLE("不安定"), UNKNOWN("不明");

        private final String label;

        Stability(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 3(2) 短期記憶. */
    public enum ShortTermMemory implements Labeled {
        NO_PROBLEM("問題なし"), PROBLEM("問題あり");

        private final String label;

        ShortTermMemory(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 3(2) 日常の意思決定を行うための認知能力. */
    public enum DecisionMaking implements Labeled {
        INDEPENDENT("自立"), SOMEWHAT_DIFFICULT("いくらか困難"), NEEDS_SUPERVISION("見守りが必要"), CANNOT_DECIDE("判断できない");

        private final String label;

        DecisionMaking(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 3(2) 自分の意思の伝達能力. */
    public enum Communication implements Labeled {
        CAN_CONVEY("伝えられる"), SOMEWHAT_DIFFICULT("いくらか困難"), LIMITED("具体的要求に限られる"), CANNOT_CONVEY("伝えられない");

        private final String label;

        Communication(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 3(3) 認知症の行動・心理症状（BPSD）. */
    public enum Bpsd implements Labeled {
        HALLUCINATION("幻視・幻聴"), DELUSION("妄想"), DAY_NIGHT_REVERSAL("昼夜逆転"), VERBAL_ABUSE("暴言"),
        VIOLENCE("暴行"), RESISTANCE_TO_CARE("介護への抵抗"), WANDERING("徘徊"), FIRE_HAZARD("火の不始末"),
        UNCLEAN_BEHAVIOUR("不潔行為"), PICA("異食行動"), SEXUAL_BEHAVIOUR("性的問題行動"), OTHER("その他");

        private final String label;

        Bpsd(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 3(5) 利き腕. */
    public enum Handedness implements Labeled {
        RIGHT("右"), LEFT("左");

        private final String label;

        Handedness(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 3(5) 過去6か月の体重の変化. */
    public enum WeightChange implements Labeled {
        INCREASED("増加"), MAINTAINED("維持"), DECREASED("減少");

        private final String label;

        WeightChange(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 程度 of a bodily finding. */
    public enum Degree implements Labeled {
        MILD("軽"), MODERATE("中"), SEVERE("重");

        private final String label;

        Degree(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 3(5) 失調・不随意運動 by site. */
    public enum AtaxiaSite implements Labeled {
        UPPER_RIGHT("上肢 右"), UPPER_LEFT("上肢 左"), LOWER_RIGHT("下肢 右"), LOWER_LEFT("下肢 左"),
        TRUNK_RIGHT("体幹 右"), TRUNK_LEFT("体幹 左");

        private final String label;

        AtaxiaSite(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 4(1) 屋外歩行. */
    public enum OutdoorWalking implements Labeled {
        INDEPENDENT("自立"), WITH_ASSISTANCE("介助があればしている"), NOT_DONE("していない");

        private final String label;

        OutdoorWalking(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 4(1) 車いすの使用. */
    public enum WheelchairUse implements Labeled {
        NOT_USED("用いていない"), SELF_PROPELLED("主に自分で操作している"), PROPELLED_BY_OTHERS("主に他人が操作している");

        private final String label;

        WheelchairUse(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 4(1) 歩行補助具・装具の使用（複数選択可）. */
    public enum WalkingAid implements Labeled {
        NOT_USED("用いていない"), OUTDOORS("屋外で使用"), INDOORS("屋内で使用");

        private final String label;

        WalkingAid(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 4(2) 食事行為. */
    public enum Eating implements Labeled {
        INDEPENDENT("自立ないし何とか自分で食べられる"), FULL_ASSISTANCE("全面介助");

        private final String label;

        Eating(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 4(2) 現在の栄養状態. */
    public enum Nutrition implements Labeled {
        GOOD("良好"), POOR("不良");

        private final String label;

        Nutrition(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 4(3) 現在あるかまたは今後発生の可能性の高い状態. */
    public enum LikelyCondition implements Labeled {
        URINARY_INCONTINENCE("尿失禁"), FALL_FRACTURE("転倒・骨折"), REDUCED_MOBILITY("移動能力の低下"),
        PRESSURE_ULCER("褥瘡"), CARDIOPULMONARY("心肺機能の低下"), WITHDRAWAL("閉じこもり"), LOW_MOTIVATION("意欲低下"),
        WANDERING("徘徊"), MALNUTRITION("低栄養"), DYSPHAGIA("摂食・嚥下機能低下"), DEHYDRATION("脱水"),
        INFECTION_PRONE("易感染性"), CANCER_PAIN("がん等による疼痛"), OTHER("その他");

        private final String label;

        LikelyCondition(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 4(4) サービス利用による生活機能の維持・改善の見通し. */
    public enum Outlook implements Labeled {
        EXPECTED("期待できる"), NOT_EXPECTED("期待できない"), UNKNOWN("不明");

        private final String label;

        Outlook(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 4(5) 医学的管理の必要性. */
    public enum MedicalService implements Labeled {
        HOME_MEDICAL_CARE("訪問診療"), HOME_NURSING("訪問看護"), HOME_DENTAL("訪問歯科診療"),
        HOME_PHARMACY("訪問薬剤管理指導"), HOME_REHABILITATION("訪問リハビリテーション"),
        SHORT_STAY_MEDICAL("短期入所療養介護"), HOME_DENTAL_HYGIENE("訪問歯科衛生指導"),
        HOME_NUTRITION("訪問栄養食事指導"), DAY_REHABILITATION("通所リハビリテーション"),
        GERIATRIC_HEALTH_FACILITY("老人保健施設"), CARE_MEDICAL_CLINIC("介護医療院"), OTHER("その他の医療系サービス");

        private final String label;

        MedicalService(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 4(7) 感染症の有無. */
    public enum Infection implements Labeled {
        PRESENT("有"), ABSENT("無"), UNKNOWN("不明");

        private final String label;

        Infection(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
