package jp.nintei.board;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.nintei.progress.CaseEventRecorded;
import jp.nintei.progress.CaseEventType;

/** A withdrawn case leaves its session, in the withdrawal's transaction; its packets are issued again. */
@Component
class WithdrawnCaseListener {

    private final Allocations allocations;

    WithdrawnCaseListener(Allocations allocations) {
        this.allocations = allocations;
    }

    @EventListener
    public void on(CaseEventRecorded recorded) {
        if (recorded.event().getEventType() == CaseEventType.WITHDRAWN) {
            allocations.release(recorded.event().getCaseId());
        }
    }
}
