package jp.nintei.board.packet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.board.SessionVariables;

/** 委員への通知 (asynchronous, retried): queues one mail per member and revision in the outbox. */
@Component
class NotifyMembersDelegate implements JavaDelegate {

    private final PacketNotices notices;

    NotifyMembersDelegate(PacketNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.notifyMembers(SessionVariables.sessionId(execution));
    }
}
