package jp.nintei.application;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.CaseVariables;
import jp.nintei.engine.Variables;
import jp.nintei.web.InvalidInputException;

/** 申請内容確認: staff accept the application for review or refuse it (却下) with a reason. */
@Component
class IntakeConfirmationListener implements TaskListener {

    private final ApplicationService applications;

    IntakeConfirmationListener(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = Variables.string(task, "intakeDecision");
        if (!"accept".equals(decision) && !"reject".equals(decision)) {
            throw new InvalidInputException("intakeDecision", "受理または却下を選択してください");
        }
        boolean accepted = "accept".equals(decision);
        applications.confirmIntake(Variables.caseId(task), accepted, Variables.string(task, CaseVariables.REJECTION_REASON));
        task.getExecution().setVariable(CaseVariables.INTAKE_ACCEPTED, accepted);
    }
}
