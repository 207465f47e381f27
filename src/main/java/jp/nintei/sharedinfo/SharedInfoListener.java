package jp.nintei.sharedinfo;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.nintei.progress.CaseEventRecorded;

/** Every checkpoint refreshes the case's record, in the checkpoint's own transaction. */
@Component
class SharedInfoListener {

    /** After progress (order 10), whose public state the record carries. */
    static final int ORDER = 20;

    private final SharedInfoStore store;

    SharedInfoListener(SharedInfoStore store) {
        this.store = store;
    }

    @EventListener
    @Order(ORDER)
    public void on(CaseEventRecorded recorded) {
        store.refresh(recorded.event().getCaseId());
    }
}
