package jp.nintei.board;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.engine.Variables;
import jp.nintei.web.InvalidInputException;

@Component
class BoardResultListener implements TaskListener {

    private final BoardService board;

    BoardResultListener(BoardService board) {
        this.board = board;
    }

    @Override
    public void notify(DelegateTask task) {
        CareLevel level = Variables.enumValue(task, "boardCareLevel", CareLevel.class, "二次判定結果");
        if (level == null) {
            throw new InvalidInputException("boardCareLevel", "二次判定結果を選択してください");
        }
        board.recordResult(Variables.caseId(task), new BoardResult(level,
                Variables.integer(task, "validityMonths", "有効期間"),
                Variables.string(task, "changeReason"),
                Variables.string(task, "nonApplicableReason"),
                Variables.string(task, "boardOpinion")));
    }
}
