package jp.nintei.opinion;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;
import jp.nintei.web.InvalidInputException;

/** 意見書の確認: on create the summary; on complete accept, or send back with a reason. */
@Component
class CheckOpinionListener implements TaskListener {

    private final OpinionService opinions;
    private final OpinionTaskTexts texts;

    CheckOpinionListener(OpinionService opinions, OpinionTaskTexts texts) {
        this.opinions = opinions;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Variables.caseId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal(OpinionProcess.TASK_SUMMARY, texts.check(caseId));
            return;
        }
        String decision = Variables.string(task, OpinionProcess.CHECK_DECISION);
        if ("accept".equals(decision)) {
            opinions.accept(caseId);
        } else if ("sendBack".equals(decision)) {
            opinions.sendBack(caseId, Variables.string(task, "sendBackReason"));
        } else {
            throw new InvalidInputException(OpinionProcess.CHECK_DECISION, "受理するか、修正を依頼するかを選択してください");
        }
        task.getExecution().setVariable(OpinionProcess.OPINION_ACCEPTED, "accept".equals(decision));
    }
}
