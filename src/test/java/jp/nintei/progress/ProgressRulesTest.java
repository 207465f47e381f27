package jp.nintei.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The rules behind the public state and its expected dates, case by case, without Spring. */
class ProgressRulesTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    final LocalDate received = LocalDate.of(2026, 6, 1);
    final List<CaseEvent> events = new ArrayList<>();

    @Test
    void theSurveyTargetCountsFromItsRequestAndTheOpinionTargetFromItsOwn() {
        on(0, CaseEventType.APPLICATION_RECEIVED);
        on(2, CaseEventType.OPINION_REQUESTED);
        on(4, CaseEventType.SURVEY_REQUESTED);
        var s = evaluate(Optional.empty(), Optional.empty());
        assertThat(s.state()).isEqualTo(PublicState.DOCUMENTS);
        assertThat(s.expectedDate()).isEqualTo(received.plusDays(15)); // opinion 2 + 13 beats survey 4 + 7
        on(5, CaseEventType.OPINION_RECEIVED);
        assertThat(evaluate(Optional.empty(), Optional.empty()).expectedDate()).isEqualTo(received.plusDays(11));
    }

    @Test
    void aNewRequestAfterACompletionReopensTheDocument() {
        on(0, CaseEventType.APPLICATION_RECEIVED);
        on(1, CaseEventType.SURVEY_REQUESTED);
        on(1, CaseEventType.OPINION_REQUESTED);
        on(3, CaseEventType.SURVEY_COMPLETED);
        on(6, CaseEventType.OPINION_RECEIVED);
        assertThat(evaluate(Optional.empty(), Optional.empty()).state()).isEqualTo(PublicState.BOARD);
        assertThat(evaluate(Optional.empty(), Optional.empty()).expectedDate()).isEqualTo(received.plusDays(18));
        on(8, CaseEventType.SURVEY_REQUESTED); // 再調査
        var s = evaluate(Optional.empty(), Optional.empty());
        assertThat(s.state()).isEqualTo(PublicState.DOCUMENTS);
        assertThat(s.expectedDate()).isEqualTo(received.plusDays(15));
    }

    @Test
    void theScheduledSessionIsTheBoardsDateAndAnExtensionNoticeTheDecisionsDate() {
        on(0, CaseEventType.APPLICATION_RECEIVED);
        on(1, CaseEventType.SURVEY_REQUESTED);
        on(1, CaseEventType.OPINION_REQUESTED);
        on(3, CaseEventType.SURVEY_COMPLETED);
        on(20, CaseEventType.OPINION_RECEIVED);
        on(26, CaseEventType.EXTENSION_NOTICE_SENT);
        var s = evaluate(Optional.of(received.plusDays(35)), Optional.of(received.plusDays(35)));
        assertThat(s.state()).isEqualTo(PublicState.BOARD);
        assertThat(s.expectedDate()).isEqualTo(received.plusDays(35));
        assertThat(s.expectedBasis()).isEqualTo(ExpectedBasis.SCHEDULED_SESSION);
        assertThat(s.decisionExpectedBasis()).isEqualTo(ExpectedBasis.EXTENSION_NOTICE);
        on(35, CaseEventType.BOARD_HELD);
        var reviewed = evaluate(Optional.of(received.plusDays(35)), Optional.of(received.plusDays(35)));
        assertThat(reviewed.state()).isEqualTo(PublicState.REVIEWED);
        assertThat(reviewed.expectedDate()).isEqualTo(received.plusDays(35));
        assertThat(reviewed.expectedBasis()).isEqualTo(ExpectedBasis.EXTENSION_NOTICE);
    }

    @Test
    void finalStatesHaveNoExpectedDates() {
        on(0, CaseEventType.APPLICATION_RECEIVED);
        on(1, CaseEventType.REJECTED);
        var s = evaluate(Optional.empty(), Optional.empty());
        assertThat(s.state()).isEqualTo(PublicState.REJECTED);
        assertThat(s.expectedDate()).isNull();
        assertThat(s.decisionExpectedDate()).isNull();
    }

    private void on(int day, CaseEventType type) {
        events.add(new CaseEvent("2026-000001", type, received.plusDays(day).atTime(10, 0).atZone(TOKYO).toInstant(),
                "t", null));
    }

    private ProgressRules.Snapshot evaluate(Optional<LocalDate> session, Optional<LocalDate> extension) {
        return ProgressRules.evaluate(new ProgressRules.CaseFacts(received, received.plusDays(30), List.copyOf(events),
                session, extension, TOKYO));
    }
}
