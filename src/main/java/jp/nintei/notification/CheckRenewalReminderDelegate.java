package jp.nintei.notification;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class CheckRenewalReminderDelegate implements JavaDelegate {

    static final String NEEDED = "renewalReminderNeeded";
    static final String SKIPPED_REASON = "renewalReminderSkippedReason";

    private final RenewalReminders reminders;

    CheckRenewalReminderDelegate(RenewalReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<String> skipped = reminders.skipIfPointless(certificateId(execution));
        execution.setVariable(NEEDED, skipped.isEmpty());
        skipped.ifPresent(reason -> execution.setVariable(SKIPPED_REASON, reason));
    }

    static long certificateId(DelegateExecution execution) {
        return ((Number) execution.getVariable(RenewalReminders.CERTIFICATE_ID)).longValue();
    }
}
