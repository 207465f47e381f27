package jp.nintei.opinion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/** 意見書の状況確認: what the stage does next; when waiting, when the first 督促 is due. */
@Component
class AssessOpinionDelegate implements JavaDelegate {

    private final OpinionService opinions;
    private final OpinionRequests requests;

    AssessOpinionDelegate(OpinionService opinions, OpinionRequests requests) {
        this.opinions = opinions;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = Variables.caseId(execution);
        OpinionStage stage = opinions.assess(caseId);
        execution.setVariable(OpinionProcess.STAGE, stage.name());
        if (stage == OpinionStage.AWAITING) {
            var due = requests.nextReminderDue(caseId);
            execution.setVariable(OpinionProcess.REMINDER_DUE_AT, due.orElse(new java.util.Date(0)));
            execution.setVariable(OpinionProcess.MORE_REMINDERS, due.isPresent());
        }
    }
}
