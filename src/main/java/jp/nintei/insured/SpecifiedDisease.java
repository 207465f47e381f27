package jp.nintei.insured;

/** The 16 特定疾病 (介護保険法施行令2条) that make a 第2号被保険者 (40–64) eligible. */
public enum SpecifiedDisease {
    TERMINAL_CANCER("がん（末期）"),
    RHEUMATOID_ARTHRITIS("関節リウマチ"),
    ALS("筋萎縮性側索硬化症"),
    OPLL("後縦靱帯骨化症"),
    OSTEOPOROSIS_WITH_FRACTURE("骨折を伴う骨粗鬆症"),
    PRESENILE_DEMENTIA("初老期における認知症"),
    PARKINSONS_RELATED("進行性核上性麻痺、大脳皮質基底核変性症及びパーキンソン病"),
    SPINOCEREBELLAR_DEGENERATION("脊髄小脳変性症"),
    SPINAL_CANAL_STENOSIS("脊柱管狭窄症"),
    PROGERIA("早老症"),
    MULTIPLE_SYSTEM_ATROPHY("多系統萎縮症"),
    DIABETIC_COMPLICATIONS("糖尿病性神経障害、糖尿病性腎症及び糖尿病性網膜症"),
    CEREBROVASCULAR_DISEASE("脳血管疾患"),
    ARTERIOSCLEROSIS_OBLITERANS("閉塞性動脈硬化症"),
    COPD("慢性閉塞性肺疾患"),
    KNEE_HIP_OSTEOARTHRITIS("両側の膝関節又は股関節に著しい変形を伴う変形性関節症");

    private final String label;

    SpecifiedDisease(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
