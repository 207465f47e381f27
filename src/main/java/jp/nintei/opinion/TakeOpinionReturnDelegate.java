package jp.nintei.opinion;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/** 回答の確認: the physician answered; a decline is thrown as PHYSICIAN_DECLINED for the diagram. */
@Component
class TakeOpinionReturnDelegate implements JavaDelegate {

    private final OpinionService opinions;

    TakeOpinionReturnDelegate(OpinionService opinions) {
        this.opinions = opinions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (opinions.wasDeclined(Variables.caseId(execution))) {
            throw new BpmnError(OpinionProcess.ERROR_DECLINED, "主治医が意見書の作成を辞退しました");
        }
    }
}
