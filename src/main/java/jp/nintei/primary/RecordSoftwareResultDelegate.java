package jp.nintei.primary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.engine.Variables;
import jp.nintei.primary.PrimaryDetermination.Source;
import jp.nintei.web.InvalidInputException;

/**
 * 一次判定結果の記録 right after the bridge completed its external task, in the same transaction:
 * an inconsistent result throws, so the completion is rolled back and the case stays at the
 * external task. (The bridge endpoint checks first and reports an incident instead.)
 */
@Component
class RecordSoftwareResultDelegate implements JavaDelegate {

    static final String RESULT = "primaryResult";

    private final PrimaryDeterminationService results;
    private final ObjectMapper json;

    RecordSoftwareResultDelegate(PrimaryDeterminationService results, ObjectMapper json) {
        this.results = results;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String text = Variables.requiredString(execution, RESULT, "一次判定結果（primaryResult）");
        PrimaryResultInput input;
        try {
            input = json.readValue(text, PrimaryResultInput.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(RESULT, "一次判定結果（primaryResult）のJSONの形式が正しくありません");
        }
        results.record(Variables.caseId(execution), input, Source.BRIDGE);
    }
}
