package jp.nintei.board;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

@Component
class BoardAllocationListener implements TaskListener {

    private final BoardService board;

    BoardAllocationListener(BoardService board) {
        this.board = board;
    }

    @Override
    public void notify(DelegateTask task) {
        board.allocate(Variables.caseId(task), Variables.requiredDate(task, "sessionDate", "審査会の開催日"));
    }
}
