package jp.nintei.opinion;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;
import jp.nintei.web.InvalidInputException;

/** 電話・FAXによる督促: on create whom to call; on complete the outcome and when to call again. */
@Component
class PhoneReminderListener implements TaskListener {

    private final OpinionRequests requests;
    private final OpinionTaskTexts texts;
    private final ReminderSchedule schedule;

    PhoneReminderListener(OpinionRequests requests, OpinionTaskTexts texts, ReminderSchedule schedule) {
        this.requests = requests;
        this.texts = texts;
        this.schedule = schedule;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Variables.caseId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal(OpinionProcess.TASK_SUMMARY, texts.chase(caseId));
            return;
        }
        PhoneOutcome outcome = PhoneOutcome.ofForm(Variables.string(task, OpinionProcess.PHONE_OUTCOME))
                .orElseThrow(() -> new InvalidInputException(OpinionProcess.PHONE_OUTCOME, "連絡の結果を選択してください"));
        ReminderChannel channel = "fax".equals(Variables.string(task, "contactChannel")) ? ReminderChannel.FAX
                : ReminderChannel.PHONE;
        LocalDate followUp = Variables.date(task, "followUpDate", "次に確認する日");
        requests.recordCall(caseId, channel, outcome, Variables.string(task, "contactNote"), followUp,
                Variables.string(task, "declineReason"));
        if (outcome != PhoneOutcome.DECLINED) {
            task.getExecution().setVariable(OpinionProcess.FOLLOW_UP_AT, schedule.at(followUp));
        }
    }
}
