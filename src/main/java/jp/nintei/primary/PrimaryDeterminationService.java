package jp.nintei.primary;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.opinion.OpinionService;
import jp.nintei.opinion.PhysicianOpinion;
import jp.nintei.primary.PrimaryDetermination.Source;
import jp.nintei.primary.PrimaryResultValidator.Basis;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.survey.SurveyService;
import jp.nintei.survey.SurveyView;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.StateConflictException;
import jp.nintei.web.Violation;

/**
 * Records the 一次判定 result of a case, from the 認定ソフト bridge or keyed in by staff, after
 * {@link PrimaryResultValidator} has accepted it against the case's survey and opinion.
 */
@Service
public class PrimaryDeterminationService {

    private final PrimaryDeterminationRepository results;
    private final PrimaryResultValidator validator;
    private final SurveyService surveys;
    private final OpinionService opinions;
    private final CaseHistory history;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    PrimaryDeterminationService(PrimaryDeterminationRepository results, PrimaryResultValidator validator,
            SurveyService surveys, OpinionService opinions, CaseHistory history, CurrentUser currentUser,
            BusinessClock clock) {
        this.results = results;
        this.validator = validator;
        this.surveys = surveys;
        this.opinions = opinions;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Every reason the result cannot be accepted for this case; empty when it can. Not read-only:
     * evaluating the DMN table writes its decision history (history level full).
     */
    @Transactional
    public List<Violation> check(String caseId, PrimaryResultInput input) {
        return validator.check(input, basis(caseId)).violations();
    }

    /**
     * Stores the result and records 一次判定完了. An inconsistent result is refused with all its
     * reasons (InvalidInputException, 400) and nothing is stored.
     */
    @Transactional
    public PrimaryDetermination record(String caseId, PrimaryResultInput input, Source source) {
        if (results.existsById(caseId)) {
            throw new StateConflictException("この案件の一次判定結果は既に登録されています");
        }
        Basis basis = basis(caseId);
        var checked = validator.check(input, basis);
        if (!checked.ok()) {
            throw new InvalidInputException(checked.violations());
        }
        PrimaryResult r = checked.result();
        PrimaryDetermination saved = results.save(new PrimaryDetermination(caseId, r, source, basis.surveyVersion(),
                clock.now(), currentUser.id()));
        history.append(caseId, CaseEventType.PRIMARY_DETERMINED, currentUser.id(), r.careLevel().label() + "（基準時間 "
                + r.totalMinutes().toPlainString() + "分、" + (source == Source.BRIDGE ? "認定ソフト連携" : "職員入力") + "）");
        return saved;
    }

    /** What a result must agree with: the current survey version and the opinion. */
    @Transactional(readOnly = true)
    public Basis basis(String caseId) {
        SurveyView survey = surveys.current(caseId)
                .orElseThrow(() -> new StateConflictException("案件 " + caseId + " の認定調査が提出されていません"));
        PhysicianOpinion opinion = opinions.of(caseId)
                .orElseThrow(() -> new StateConflictException("案件 " + caseId + " の主治医意見書が受領されていません"));
        return new Basis(survey.version(), survey.bedriddenLevel(), survey.dementiaLevel(), opinion.getBedriddenLevel(),
                opinion.getDementiaLevel());
    }

    /**
     * The recorded result: level, the nine times and total, group scores 1–5, 警告コード,
     * 状態の安定性, 認知症自立度Ⅱ以上の蓋然性, the 自立度 it used and the survey version.
     */
    @Transactional(readOnly = true)
    public Optional<PrimaryDetermination> of(String caseId) {
        return results.findById(caseId);
    }

    /** False when the survey was corrected after the result was recorded (the result is then stale). */
    @Transactional(readOnly = true)
    public boolean isBasedOnCurrentSurvey(String caseId) {
        var result = of(caseId);
        var survey = surveys.current(caseId);
        return result.isPresent() && survey.isPresent() && result.get().getSurveyVersion() != null
                && result.get().getSurveyVersion() == survey.get().version();
    }
}
