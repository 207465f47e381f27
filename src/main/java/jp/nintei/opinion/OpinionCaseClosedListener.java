package jp.nintei.opinion;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.nintei.progress.CaseEventRecorded;
import jp.nintei.progress.CaseEventType;

/** A withdrawn case (取下げ) closes its requests: the physician's link stops working at once. */
@Component
class OpinionCaseClosedListener {

    private final OpinionRequests requests;

    OpinionCaseClosedListener(OpinionRequests requests) {
        this.requests = requests;
    }

    @EventListener
    void on(CaseEventRecorded recorded) {
        CaseEventType type = recorded.event().getEventType();
        if (type == CaseEventType.WITHDRAWN || type == CaseEventType.REJECTED) {
            requests.cancelOpen(recorded.event().getCaseId());
        }
    }
}
