package jp.nintei.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

@Component
class RecordDecisionDelegate implements JavaDelegate {

    private final CertificationDecisionService decisions;

    RecordDecisionDelegate(CertificationDecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.decide(Variables.caseId(execution));
    }
}
