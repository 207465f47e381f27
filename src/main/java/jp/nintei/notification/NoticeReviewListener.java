package jp.nintei.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;
import jp.nintei.web.InvalidInputException;

/** The approver's decision on any notice: approve it for issue, or send it back with a comment. */
@Component
class NoticeReviewListener implements TaskListener {

    /**
     * Before approval existed, the 延期通知 task was completed with a "送付した" checkbox
     * ({@code noticeSent=true}). Clients of the engine REST API written against it keep working:
     * on that task it counts as approval.
     */
    static final String LEGACY_EXTENSION_TASK = "Task_SendExtensionNotice";
    static final String LEGACY_NOTICE_SENT = "noticeSent";

    private final NoticeService notices;

    NoticeReviewListener(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public void notify(DelegateTask task) {
        long draftId = NoticeVariables.draftId(task);
        String decision = Variables.string(task, NoticeVariables.DECISION);
        if (decision == null && LEGACY_EXTENSION_TASK.equals(task.getTaskDefinitionKey())
                && Variables.bool(task, LEGACY_NOTICE_SENT)) {
            decision = NoticeVariables.APPROVE;
        }
        boolean approved;
        if (NoticeVariables.APPROVE.equals(decision)) {
            notices.approve(draftId);
            approved = true;
        } else if (NoticeVariables.SEND_BACK.equals(decision)) {
            String comment = Variables.string(task, NoticeVariables.COMMENT);
            notices.sendBack(draftId, comment);
            task.getExecution().setVariable(NoticeVariables.REVIEW_COMMENT, comment);
            approved = false;
        } else {
            throw new InvalidInputException(NoticeVariables.DECISION, "承認するか差し戻すかを選んでください");
        }
        // The next approval round (a revision, the next 延期通知) starts with an empty choice.
        task.getExecution().removeVariable(NoticeVariables.DECISION);
        task.getExecution().removeVariable(NoticeVariables.COMMENT);
        task.getExecution().removeVariable(LEGACY_NOTICE_SENT);
        task.getExecution().setVariable(NoticeVariables.APPROVED, approved);
    }
}
