package jp.nintei.deadline;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.CaseVariables;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;

@Component
class ExtensionNoticeSentListener implements TaskListener {

    private final ExtensionNoticeService notices;
    private final BusinessClock clock;

    ExtensionNoticeSentListener(ExtensionNoticeService notices, BusinessClock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable("noticeSent"))) {
            throw new InvalidInputException("noticeSent", "延期通知書を送付したことを確認してください");
        }
        long noticeId = ((Number) task.getVariable(CaseVariables.EXTENSION_NOTICE_ID)).longValue();
        LocalDate recheck = notices.markSent(noticeId);
        // The next notice of this case must be confirmed afresh, not pre-ticked by this one.
        task.getExecution().removeVariable("noticeSent");
        task.getExecution().setVariable(CaseVariables.EXTENSION_RECHECK_AT, clock.startOf(recheck));
    }
}
