package jp.nintei.board.packet;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.Variables;

/**
 * マスキング確認: on create the form shows the member edition's free text as masked; on
 * complete the secretariat's extra words (one per line) are stored and the checkpoint written.
 */
@Component
class MaskingReviewListener implements TaskListener {

    private final MaskingReview review;

    MaskingReviewListener(MaskingReview review) {
        this.review = review;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Variables.caseId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal("maskedPreview", review.preview(caseId));
            return;
        }
        String text = Variables.string(task, "additionalMaskTerms");
        List<String> terms = text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        review.complete(caseId, terms);
    }
}
