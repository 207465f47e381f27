package jp.nintei.board;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.web.StateConflictException;

/** 割付の確定: the form lists the cases in their order; fixing an empty session is refused. */
@Component
class AllocationFixListener implements TaskListener {

    private final Allocations allocations;
    private final BoardSessions sessions;

    AllocationFixListener(Allocations allocations, BoardSessions sessions) {
        this.allocations = allocations;
        this.sessions = sessions;
    }

    @Override
    public void notify(DelegateTask task) {
        Long sessionId = SessionVariables.sessionId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal("sessionPage", "/secretariat/board/sessions/" + sessionId);
            return;
        }
        var allocated = allocations.inSession(sessionId);
        if (allocated.isEmpty()) {
            throw new StateConflictException("この審査会に割り付けられた案件がありません。案件を割り付けてから確定してください");
        }
        task.setVariable("fixedCaseIds", allocated.stream().map(BoardAllocation::getCaseId).collect(Collectors.joining(",")));
        sessions.fix(sessionId);
    }
}
