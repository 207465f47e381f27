package jp.nintei.survey;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.time.BusinessClock;

/**
 * Reads submitted surveys for other features: the current version of a case, any version, and
 * the same person's previous survey for change marks. Callers that show the data to a person
 * audit that read themselves (AuditLog), as they know the purpose.
 */
@Service
public class SurveyService {

    private final SurveyRepository surveys;
    private final SurveyVersionRepository versions;
    private final ApplicationService applications;
    private final SurveyCatalog catalog;
    private final SurveyJson json;
    private final BusinessClock clock;

    SurveyService(SurveyRepository surveys, SurveyVersionRepository versions, ApplicationService applications,
            SurveyCatalog catalog, SurveyJson json, BusinessClock clock) {
        this.surveys = surveys;
        this.versions = versions;
        this.applications = applications;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
    }

    /** The latest submitted version of the case's survey (a correction replaces the original). */
    @Transactional(readOnly = true)
    public Optional<SurveyView> current(String caseId) {
        return versions.findFirstByCaseIdOrderByVersionDesc(caseId).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<SurveyView> version(String caseId, int version) {
        return versions.findByCaseIdAndVersion(caseId, version).map(this::view);
    }

    /** Every submitted version, oldest first: version 1 by the surveyor, then corrections with who and why. */
    @Transactional(readOnly = true)
    public List<SurveyView> versions(String caseId) {
        return versions.findByCaseIdOrderByVersionAsc(caseId).stream().map(this::view).toList();
    }

    /**
     * The same person's most recent survey of an earlier case (its current version), visited
     * before this case's survey — what the change marks compare against.
     */
    @Transactional(readOnly = true)
    public Optional<SurveyView> previousOf(String caseId) {
        Long personId = applications.get(caseId).getInsuredPerson().getId();
        LocalDateTime before = current(caseId).map(SurveyView::surveyedAt)
                .orElseGet(() -> LocalDateTime.ofInstant(clock.now(), clock.zone()).plusDays(1));
        return versions.findEarlierOfPerson(personId, caseId, before).stream().findFirst()
                .flatMap(v -> current(v.getCaseId()));
    }

    /** Item ids (1-1 … 7-2) whose answer changed since the previous survey; empty without one. */
    @Transactional(readOnly = true)
    public List<String> changedSincePrevious(String caseId) {
        var now = current(caseId);
        var previous = previousOf(caseId);
        if (now.isEmpty() || previous.isEmpty()) {
            return List.of();
        }
        return now.get().answers().changedSince(previous.get().answers(), catalog);
    }

    /** The assignment: surveyor or office, due date, status. */
    @Transactional(readOnly = true)
    public Optional<Survey> assignment(String caseId) {
        return surveys.findById(caseId);
    }

    private SurveyView view(SurveyVersion v) {
        return SurveyView.of(v, json.read(v.getAnswers()));
    }
}
