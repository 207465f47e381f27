package jp.nintei.board;

/** Where a session stands. */
public enum SessionState {
    /** Scheduled; cases are being allocated. */
    PLANNED("割付中"),
    /** The allocation is fixed and packets have gone to the members. */
    FIXED("資料送付済"),
    /** Attendance recorded with a quorum: results may be recorded. */
    OPEN("開催中"),
    /** Attendance recorded without a quorum: no decisions; cases go to another session. */
    NO_QUORUM("定足数不足"),
    CLOSED("終了"),
    /** Adjourned for lack of quorum (流会); its cases were moved to other sessions. */
    ADJOURNED("流会");

    private final String label;

    SessionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Cases may still be added to or moved out of the session. */
    public boolean acceptsCases() {
        return this == PLANNED || this == FIXED || this == OPEN;
    }

    /** Cases may be moved out: also after a session without quorum, whose cases must go elsewhere. */
    public boolean releasesCases() {
        return acceptsCases() || this == NO_QUORUM;
    }
}
