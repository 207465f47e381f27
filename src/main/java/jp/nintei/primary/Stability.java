package jp.nintei.primary;

/** 状態の安定性 as the 認定ソフト estimates it; decides 要支援2 or 要介護1 in the 32–50 minute band. */
public enum Stability {
    STABLE("安定"),
    UNSTABLE("不安定");

    private final String label;

    Stability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
