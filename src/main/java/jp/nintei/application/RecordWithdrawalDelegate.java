package jp.nintei.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.CaseVariables;
import jp.nintei.engine.Variables;

@Component
class RecordWithdrawalDelegate implements JavaDelegate {

    private final ApplicationService applications;

    RecordWithdrawalDelegate(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.recordWithdrawal(Variables.caseId(execution),
                Variables.string(execution, CaseVariables.WITHDRAWAL_REASON),
                Variables.string(execution, CaseVariables.WITHDRAWAL_REQUESTED_BY));
    }
}
