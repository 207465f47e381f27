package jp.nintei.opinion;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/** 督促: the scheduled reminder, and when the next one is due (none: staff call next). */
@Component
class SendOpinionReminderDelegate implements JavaDelegate {

    private final OpinionRequests requests;

    SendOpinionReminderDelegate(OpinionRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<Date> next = requests.remind(Variables.caseId(execution));
        execution.setVariable(OpinionProcess.MORE_REMINDERS, next.isPresent());
        next.ifPresent(due -> execution.setVariable(OpinionProcess.REMINDER_DUE_AT, due));
    }
}
