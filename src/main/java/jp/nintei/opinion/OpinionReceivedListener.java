package jp.nintei.opinion;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;
import jp.nintei.web.InvalidInputException;

/** On create: the opinion is requested. On complete: staff record that it arrived. */
@Component
class OpinionReceivedListener implements TaskListener {

    private final OpinionService opinions;

    OpinionReceivedListener(OpinionService opinions) {
        this.opinions = opinions;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Variables.caseId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            opinions.requested(caseId);
            return;
        }
        BedriddenLevel bedridden = Variables.enumValue(task, "opinionBedriddenLevel", BedriddenLevel.class, "寝たきり度");
        DementiaLevel dementia = Variables.enumValue(task, "opinionDementiaLevel", DementiaLevel.class, "認知症自立度");
        if (bedridden == null || dementia == null) {
            throw new InvalidInputException("opinionDementiaLevel", "意見書の日常生活自立度（寝たきり度・認知症）を選択してください");
        }
        opinions.received(caseId, new OpinionService.OpinionSummary(
                Variables.requiredString(task, "physicianName", "主治医氏名"),
                Variables.requiredString(task, "institutionName", "医療機関名"),
                Variables.requiredDate(task, "opinionReceivedDate", "受領日"),
                bedridden, dementia, Variables.bool(task, "physicianConsent")));
    }
}
