package jp.nintei.board;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 審査会の終了: refused while a case of the session has no recorded result. */
@Component
class CloseSessionListener implements TaskListener {

    private final BoardSessions sessions;

    CloseSessionListener(BoardSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void notify(DelegateTask task) {
        sessions.close(SessionVariables.sessionId(task));
    }
}
