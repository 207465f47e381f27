package jp.nintei.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/** Staff corrected a sent-back notice (addressee, remark): the next revision goes to approval. */
@Component
class NoticeRevisionListener implements TaskListener {

    private final NoticeService notices;

    NoticeRevisionListener(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public void notify(DelegateTask task) {
        NoticeDraft revised = notices.revise(NoticeVariables.draftId(task), addressee(task),
                Variables.string(task, NoticeVariables.REMARK));
        NoticeVariables.show(task.getExecution(), revised, notices.summary(revised.getId()));
    }

    static Addressee addressee(DelegateTask task) {
        return new Addressee(Variables.string(task, NoticeVariables.ADDRESSEE_NAME),
                Variables.string(task, NoticeVariables.ADDRESSEE_POSTAL_CODE),
                Variables.string(task, NoticeVariables.ADDRESSEE_ADDRESS));
    }
}
