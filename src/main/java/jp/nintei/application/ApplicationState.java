package jp.nintei.application;

/** Where a case stands; the detailed checkpoints are in the case history. */
public enum ApplicationState {
    RECEIVED("受付", true),
    IN_REVIEW("審査中", true),
    DECIDED("決定", true),
    NOTIFIED("通知済", false),
    WITHDRAWN("取下げ", false),
    REJECTED("却下", false);

    private final String label;
    private final boolean open;

    ApplicationState(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    /** An open case blocks a second application of the same person. */
    public boolean isOpen() {
        return open;
    }

    /** 取下げ is possible until the decision (DESIGN.md §3.1). */
    public boolean isWithdrawable() {
        return this == RECEIVED || this == IN_REVIEW;
    }
}
