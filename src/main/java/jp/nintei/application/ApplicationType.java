package jp.nintei.application;

/** 要介護認定申請の種類. */
public enum ApplicationType {
    NEW("新規"),
    RENEWAL("更新"),
    CHANGE("区分変更"),
    EX_OFFICIO("職権");

    private final String label;

    ApplicationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
