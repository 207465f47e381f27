package jp.nintei.board.packet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.board.SessionVariables;

/** 審査会資料の作成 (asynchronous, retried): issues the packets of the session's current revision. */
@Component
class IssuePacketsDelegate implements JavaDelegate {

    private final BoardPackets packets;

    IssuePacketsDelegate(BoardPackets packets) {
        this.packets = packets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        packets.issue(SessionVariables.sessionId(execution));
    }
}
