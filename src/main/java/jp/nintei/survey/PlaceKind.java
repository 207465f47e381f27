package jp.nintei.survey;

/** 調査実施場所 as the 概況調査 asks it. */
public enum PlaceKind {
    HOME("自宅内"),
    OTHER("自宅外");

    private final String label;

    PlaceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
