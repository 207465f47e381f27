package jp.nintei.primary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The nine parts of the 要介護認定等基準時間 the 認定ソフト prints: eight 行為区分 and the 認知症加算.
 * Their sum is the total.
 */
public enum CareTime {
    MEAL("meal", "食事"),
    EXCRETION("excretion", "排泄"),
    MOVEMENT("movement", "移動"),
    HYGIENE("hygiene", "清潔保持"),
    INDIRECT_CARE("indirectCare", "間接生活介助"),
    BPSD("bpsd", "BPSD関連行為"),
    FUNCTIONAL_TRAINING("functionalTraining", "機能訓練関連行為"),
    MEDICAL("medical", "医療関連行為"),
    DEMENTIA_ADDITION("dementiaAddition", "認知症加算");

    private final String key;
    private final String label;

    CareTime(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The key in the bridge's JSON (times.meal …). */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<CareTime> ofKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
