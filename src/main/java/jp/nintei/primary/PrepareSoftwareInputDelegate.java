package jp.nintei.primary;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;
import jp.nintei.time.BusinessClock;

/**
 * 認定ソフト用データの作成: puts the export on the process so the bridge's fetchAndLock gets it
 * with the external task, and sets when staff may key in a printed result instead.
 */
@Component
class PrepareSoftwareInputDelegate implements JavaDelegate {

    static final String INPUT = "primaryDeterminationInput";
    static final String MANUAL_ENTRY_AT = "primaryManualEntryAt";
    static final String SURVEY_VERSION = "primarySurveyVersion";

    private final DeterminationExport export;
    private final BusinessClock clock;
    private final PrimaryProperties properties;

    PrepareSoftwareInputDelegate(DeterminationExport export, BusinessClock clock, PrimaryProperties properties) {
        this.export = export;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = Variables.caseId(execution);
        var document = export.of(caseId);
        execution.setVariable(INPUT, export.json(caseId));
        execution.setVariable(SURVEY_VERSION, document.survey().version());
        execution.setVariable(MANUAL_ENTRY_AT, Date.from(clock.now().plus(properties.manualEntryDelay())));
    }
}
