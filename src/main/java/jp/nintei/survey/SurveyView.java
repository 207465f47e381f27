package jp.nintei.survey;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;
import jp.nintei.survey.SurveyAnswers.ServiceUse;

/**
 * A submitted survey as other features read it (board packets, shared-info store): immutable,
 * one version of one case. Answers are choice numbers per item id in the order of
 * survey-items.json; {@link SurveyCatalog} gives the labels.
 */
public record SurveyView(String caseId, int version, LocalDateTime surveyedAt, String surveyorId, String surveyorName,
        String officeNumber, String officeName, SurveyAnswers answers, Instant submittedAt, String submittedBy,
        String correctionReason) {

    static SurveyView of(SurveyVersion v, SurveyAnswers answers) {
        return new SurveyView(v.getCaseId(), v.getVersion(), v.getSurveyedAt(), v.getSurveyorId(), v.getSurveyorName(),
                v.getOfficeNumber(), v.getOfficeName(), answers, v.getSubmittedAt(), v.getSubmittedBy(),
                v.getCorrectionReason());
    }

    /** Item id → chosen choice numbers (1-based), for all 基本調査 items. */
    public Map<String, List<Integer>> choices() {
        return answers.choices();
    }

    /** 特別な医療 numbers (1–12) received in the past 14 days. */
    public List<Integer> specialMedicalCare() {
        return answers.specialMedicalCare();
    }

    public BedriddenLevel bedriddenLevel() {
        return answers.bedriddenLevel();
    }

    public DementiaLevel dementiaLevel() {
        return answers.dementiaLevel();
    }

    /** 特記事項 keyed by item id (1-1 … 5-6, 6-1 … 6-12, 7-1, 7-2). */
    public Map<String, String> notes() {
        return answers.notes();
    }

    /** 現在受けているサービスの状況 (概況調査). */
    public List<ServiceUse> services() {
        return answers.overview().services();
    }

    public boolean isCorrection() {
        return version > 1;
    }
}
