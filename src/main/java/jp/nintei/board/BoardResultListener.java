package jp.nintei.board;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.engine.Variables;
import jp.nintei.primary.PrimaryDetermination;
import jp.nintei.primary.PrimaryDeterminationService;
import jp.nintei.web.InvalidInputException;

/**
 * 二次判定結果の記録. On create it shows the primary level (the form asks for a reason only
 * when the board departs from it); on complete it records the result.
 */
@Component
class BoardResultListener implements TaskListener {

    private final BoardService board;
    private final PrimaryDeterminationService primary;

    BoardResultListener(BoardService board, PrimaryDeterminationService primary) {
        this.board = board;
        this.primary = primary;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Variables.caseId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            primary.of(caseId).map(PrimaryDetermination::getCareLevel).ifPresent(level -> {
                task.setVariableLocal("primaryCareLevel", level.name());
                task.setVariableLocal("primaryCareLevelLabel", level.label());
            });
            return;
        }
        CareLevel level = Variables.enumValue(task, "boardCareLevel", CareLevel.class, "二次判定結果");
        if (level == null) {
            throw new InvalidInputException("boardCareLevel", "二次判定結果を選択してください");
        }
        board.recordResult(caseId, new BoardResult(level,
                Variables.integer(task, "validityMonths", "有効期間"),
                Variables.enumValue(task, "changeReasonCode", ChangeReason.class, "変更理由"),
                Variables.string(task, "changeReason"),
                Variables.string(task, "nonApplicableReason"),
                Variables.string(task, "boardOpinion")));
    }
}
