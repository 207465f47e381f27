package jp.nintei.deadline;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.nintei.engine.CaseVariables;
import jp.nintei.engine.Variables;

@Component
class PrepareExtensionNoticeDelegate implements JavaDelegate {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ExtensionNoticeService notices;

    PrepareExtensionNoticeDelegate(ExtensionNoticeService notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<ExtensionNotice> notice = notices.prepare(Variables.caseId(execution));
        execution.setVariable(CaseVariables.EXTENSION_NOTICE_NEEDED, notice.isPresent());
        notice.ifPresent(n -> {
            execution.setVariable(CaseVariables.EXTENSION_NOTICE_ID, n.getId());
            // Shown read-only on the Tasklist form.
            execution.setVariable("extensionReasonLabel", n.getReason().label());
            execution.setVariable("extensionExpectedDate", DATE.format(n.getExpectedDecisionDate()));
        });
    }
}
