package jp.nintei.board;

/** Names shared between the board's BPMN files and its delegates. */
final class BoardProcess {

    static final String SESSION_PROCESS = "board-session";

    /** Case process: the case's session has opened with a quorum; results may be recorded. */
    static final String MESSAGE_SESSION_OPENED = "BoardSessionOpened";
    /** Session process: cases, order, date or place changed after the packets went out. */
    static final String MESSAGE_ALLOCATION_CHANGED = "BoardAllocationChanged";

    static final String SESSION_ID = "sessionId";
    /** Date (timer): the cut-off at which the allocation is fixed if the secretariat has not done so. */
    static final String ALLOCATION_CUTOFF_AT = "allocationCutoffAt";
    static final String QUORATE = "quorate";
    static final String TIMER_CUTOFF = "Timer_AllocationCutoff";

    private BoardProcess() {
    }
}
