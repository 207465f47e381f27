package jp.nintei.primary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.application.ApplicationService;
import jp.nintei.opinion.OpinionService;
import jp.nintei.opinion.PhysicianOpinion;
import jp.nintei.survey.SurveyService;
import jp.nintei.survey.SurveyView;
import jp.nintei.web.StateConflictException;

/**
 * The input of the 認定ソフト: the current survey (choice numbers per item id, 特別な医療, 自立度)
 * and the opinion's 自立度. No name, address or insured number — the case id is the only key.
 * The shape is documented in docs/primary-determination-bridge.md ("schema" names its version).
 */
@Component
public class DeterminationExport {

    public static final String SCHEMA = "nintei/primary-determination-input/v1";

    /** The export document. */
    public record Export(String schema, String caseId, String applicationType, SurveyPart survey, OpinionPart opinion) {
    }

    public record SurveyPart(int version, LocalDate surveyedOn, Map<String, List<Integer>> answers,
            List<Integer> specialMedicalCare, String bedriddenLevel, String dementiaLevel) {
    }

    public record OpinionPart(String bedriddenLevel, String dementiaLevel) {
    }

    private final SurveyService surveys;
    private final OpinionService opinions;
    private final ApplicationService applications;
    private final ObjectMapper json;

    DeterminationExport(SurveyService surveys, OpinionService opinions, ApplicationService applications,
            ObjectMapper json) {
        this.surveys = surveys;
        this.opinions = opinions;
        this.applications = applications;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Export of(String caseId) {
        SurveyView s = surveys.current(caseId)
                .orElseThrow(() -> new StateConflictException("案件 " + caseId + " の認定調査が提出されていません"));
        PhysicianOpinion o = opinions.of(caseId)
                .orElseThrow(() -> new StateConflictException("案件 " + caseId + " の主治医意見書が受領されていません"));
        return new Export(SCHEMA, caseId, applications.get(caseId).getApplicationType().name(),
                new SurveyPart(s.version(), s.surveyedAt().toLocalDate(), s.choices(), s.specialMedicalCare(),
                        s.bedriddenLevel().name(), s.dementiaLevel().name()),
                new OpinionPart(o.getBedriddenLevel().name(), o.getDementiaLevel().name()));
    }

    public String json(String caseId) {
        try {
            return json.writeValueAsString(of(caseId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export is not serialisable", e);
        }
    }
}
