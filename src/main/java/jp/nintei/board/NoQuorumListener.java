package jp.nintei.board;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;
import jp.nintei.web.InvalidInputException;

/** 定足数不足の対応: record the attendance again, or adjourn once the cases have been moved. */
@Component
class NoQuorumListener implements TaskListener {

    private final BoardSessions sessions;

    NoQuorumListener(BoardSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void notify(DelegateTask task) {
        String action = Variables.string(task, "noQuorumAction");
        if ("adjourn".equals(action)) {
            sessions.adjourn(SessionVariables.sessionId(task));
        } else if (!"retry".equals(action)) {
            throw new InvalidInputException("noQuorumAction", "対応（出欠の再記録または流会）を選択してください");
        }
        task.setVariable("noQuorumAction", action);
    }
}
