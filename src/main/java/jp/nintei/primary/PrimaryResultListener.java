package jp.nintei.primary;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.engine.Variables;
import jp.nintei.web.InvalidInputException;

@Component
class PrimaryResultListener implements TaskListener {

    private final PrimaryDeterminationService results;

    PrimaryResultListener(PrimaryDeterminationService results) {
        this.results = results;
    }

    @Override
    public void notify(DelegateTask task) {
        CareLevel level = Variables.enumValue(task, "primaryCareLevel", CareLevel.class, "一次判定結果");
        var minutes = Variables.decimal(task, "standardTimeMinutes", "要介護認定等基準時間");
        if (level == null || minutes == null) {
            throw new InvalidInputException("primaryCareLevel", "一次判定結果と要介護認定等基準時間を入力してください");
        }
        results.record(Variables.caseId(task), level, minutes);
    }
}
