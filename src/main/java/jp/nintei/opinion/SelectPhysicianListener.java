package jp.nintei.opinion;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/** 依頼先の選択 and 再依頼先の選択: on create the candidates to show; on complete the chosen physician. */
@Component
class SelectPhysicianListener implements TaskListener {

    private final OpinionRequests requests;
    private final OpinionTaskTexts texts;

    SelectPhysicianListener(OpinionRequests requests, OpinionTaskTexts texts) {
        this.requests = requests;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Variables.caseId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal(OpinionProcess.TASK_SUMMARY, texts.selection(caseId));
            return;
        }
        requests.choose(caseId, Variables.string(task, "physicianCode"));
    }
}
