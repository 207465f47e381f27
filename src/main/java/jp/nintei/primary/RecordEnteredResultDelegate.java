package jp.nintei.primary;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.FormErrors;
import jp.nintei.engine.Variables;
import jp.nintei.primary.PrimaryDetermination.Source;
import jp.nintei.primary.PrimaryResultInput.Levels;

/**
 * 一次判定結果の記録 right after staff keyed in the 認定ソフト printout (一次判定結果の入力): maps the
 * form to the same input the bridge sends and records it through the same validator. A refused
 * result rolls the form back; Tasklist shows every reason.
 */
@Component
class RecordEnteredResultDelegate implements JavaDelegate {

    private final PrimaryDeterminationService results;

    RecordEnteredResultDelegate(PrimaryDeterminationService results) {
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution task) {
        FormErrors.asFormError(() -> record(task));
    }

    private void record(DelegateExecution task) {
        Map<String, BigDecimal> times = new LinkedHashMap<>();
        for (CareTime t : CareTime.values()) {
            BigDecimal value = Variables.decimal(task, formKey(t), t.label() + "の時間");
            if (value != null) {
                times.put(t.key(), value);
            }
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int g = 1; g <= PrimaryResultValidator.GROUPS; g++) {
            BigDecimal value = Variables.decimal(task, "groupScore" + g, "中間評価項目得点（第" + g + "群）");
            if (value != null) {
                scores.put(String.valueOf(g), value);
            }
        }
        String codes = Variables.string(task, "warningCodes");
        var input = new PrimaryResultInput(times, Variables.decimal(task, "standardTimeMinutes", "要介護認定等基準時間"),
                scores, codes == null ? null : Arrays.asList(codes.split("[\\s,、，]+")),
                Variables.string(task, "conditionStability"),
                Variables.decimal(task, "dementiaProbability", "認知症自立度Ⅱ以上の蓋然性"),
                new Levels(Variables.string(task, "resultSurveyBedridden"), Variables.string(task, "resultSurveyDementia")),
                new Levels(Variables.string(task, "resultOpinionBedridden"), Variables.string(task, "resultOpinionDementia")),
                Variables.string(task, "primaryCareLevel"), null);
        results.record(Variables.caseId(task), input, Source.MANUAL);
    }

    /** Form field keys: time + the CareTime key with a capital (timeMeal, timeIndirectCare …). */
    static String formKey(CareTime t) {
        return "time" + Character.toUpperCase(t.key().charAt(0)) + t.key().substring(1);
    }
}
