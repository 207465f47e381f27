package jp.nintei.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Derives a case's public state and its expected dates from the internal checkpoints: the one
 * place for "what do we tell the resident now". Pure, so every rule is tested without Spring.
 */
final class ProgressRules {

    /** What the rules look at: the case's history so far and the dates other features promise. */
    record CaseFacts(LocalDate receivedDate, LocalDate decisionDueDate, List<CaseEvent> events,
            Optional<LocalDate> sessionDate, Optional<LocalDate> extensionDate, ZoneId zone) {
    }

    /** A public state with its expected date, and when the decision itself is expected. */
    record Snapshot(PublicState state, LocalDate expectedDate, ExpectedBasis expectedBasis,
            LocalDate decisionExpectedDate, ExpectedBasis decisionExpectedBasis) {
    }

    private ProgressRules() {
    }

    static Snapshot evaluate(CaseFacts facts) {
        Stages stages = new Stages(facts);
        PublicState state = state(stages);
        boolean extended = facts.extensionDate().isPresent();
        LocalDate decisionExpected = extended ? facts.extensionDate().get() : facts.decisionDueDate();
        ExpectedBasis decisionBasis = extended ? ExpectedBasis.EXTENSION_NOTICE : ExpectedBasis.DECISION_DUE;
        if (state.isFinal()) {
            return new Snapshot(state, null, null, null, null);
        }
        return switch (state) {
            case RECEIVED -> new Snapshot(state, facts.receivedDate().plusDays(StageTargets.SURVEY_DAYS),
                    ExpectedBasis.REFERENCE_TARGET, decisionExpected, decisionBasis);
            case DOCUMENTS -> new Snapshot(state, stages.documentsExpected(), ExpectedBasis.REFERENCE_TARGET,
                    decisionExpected, decisionBasis);
            case BOARD -> facts.sessionDate()
                    .map(session -> new Snapshot(state, session, ExpectedBasis.SCHEDULED_SESSION, decisionExpected,
                            decisionBasis))
                    .orElseGet(() -> new Snapshot(state, stages.documentsComplete().plusDays(StageTargets.BOARD_DAYS),
                            ExpectedBasis.REFERENCE_TARGET, decisionExpected, decisionBasis));
            default -> new Snapshot(state, decisionExpected, decisionBasis, decisionExpected, decisionBasis);
        };
    }

    private static PublicState state(Stages s) {
        if (s.has(CaseEventType.WITHDRAWN)) {
            return PublicState.WITHDRAWN;
        }
        if (s.has(CaseEventType.REJECTED)) {
            return PublicState.REJECTED;
        }
        if (s.has(CaseEventType.NOTIFIED)) {
            return PublicState.NOTIFIED;
        }
        if (s.has(CaseEventType.DECIDED)) {
            return PublicState.DECIDED;
        }
        if (s.has(CaseEventType.BOARD_HELD)) {
            return PublicState.REVIEWED;
        }
        if (s.surveyDone() != null && s.opinionDone() != null) {
            return PublicState.BOARD;
        }
        if (s.has(CaseEventType.INTAKE_CONFIRMED) || s.has(CaseEventType.SURVEY_REQUESTED)
                || s.has(CaseEventType.OPINION_REQUESTED)) {
            return PublicState.DOCUMENTS;
        }
        return PublicState.RECEIVED;
    }

    /** The two documents' dates. A new request after a completion (再調査, 再依頼) reopens that document. */
    private static final class Stages {

        private final CaseFacts facts;

        Stages(CaseFacts facts) {
            this.facts = facts;
        }

        boolean has(CaseEventType type) {
            return lastIndex(type) >= 0;
        }

        /** The day the survey was done, or null while it is outstanding. */
        LocalDate surveyDone() {
            return done(CaseEventType.SURVEY_REQUESTED, CaseEventType.SURVEY_COMPLETED);
        }

        LocalDate opinionDone() {
            return done(CaseEventType.OPINION_REQUESTED, CaseEventType.OPINION_RECEIVED);
        }

        LocalDate documentsComplete() {
            return later(surveyDone(), opinionDone());
        }

        /** When both documents should be in: each one's actual date, or its request date plus its target. */
        LocalDate documentsExpected() {
            LocalDate survey = surveyDone() != null ? surveyDone()
                    : requested(CaseEventType.SURVEY_REQUESTED).plusDays(StageTargets.SURVEY_DAYS);
            LocalDate opinion = opinionDone() != null ? opinionDone()
                    : requested(CaseEventType.OPINION_REQUESTED).plusDays(StageTargets.OPINION_DAYS);
            return later(survey, opinion);
        }

        private LocalDate done(CaseEventType request, CaseEventType completion) {
            int completed = lastIndex(completion);
            return completed > lastIndex(request) ? dateAt(completed) : null;
        }

        /** The latest request, or the application date while none has been made. */
        private LocalDate requested(CaseEventType request) {
            int index = lastIndex(request);
            return index < 0 ? facts.receivedDate() : dateAt(index);
        }

        private int lastIndex(CaseEventType type) {
            List<CaseEvent> events = facts.events();
            for (int i = events.size() - 1; i >= 0; i--) {
                if (events.get(i).getEventType() == type) {
                    return i;
                }
            }
            return -1;
        }

        private LocalDate dateAt(int index) {
            return LocalDate.ofInstant(facts.events().get(index).getOccurredAt(), facts.zone());
        }

        private static LocalDate later(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }
    }
}
