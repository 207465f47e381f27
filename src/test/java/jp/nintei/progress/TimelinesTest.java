package jp.nintei.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimelinesTest {

    final Timelines timelines = new Timelines();

    @Test
    void aNewExpectedDateWithinAStateIsNoNewStepAndTheRestOfTheCourseIsAhead() {
        var t = timelines.of(List.of(status(PublicState.RECEIVED, 1), status(PublicState.DOCUMENTS, 2),
                status(PublicState.DOCUMENTS, 3), status(PublicState.BOARD, 4), status(PublicState.BOARD, 5)));
        assertThat(t.steps()).extracting(PublicStatusView::state)
                .containsExactly(PublicState.RECEIVED, PublicState.DOCUMENTS, PublicState.BOARD);
        assertThat(t.steps().get(1).since()).isEqualTo(Instant.ofEpochSecond(2));
        assertThat(t.upcoming()).containsExactly(PublicState.REVIEWED, PublicState.DECIDED, PublicState.NOTIFIED);
    }

    @Test
    void nothingIsAheadOfAFinalState() {
        var t = timelines.of(List.of(status(PublicState.RECEIVED, 1), status(PublicState.WITHDRAWN, 2)));
        assertThat(t.upcoming()).isEmpty();
        assertThat(timelines.of(List.of()).upcoming()).isEmpty();
    }

    private static PublicStatusView status(PublicState state, long second) {
        return new PublicStatusView(state, state.label(), state.text(), Instant.ofEpochSecond(second),
                state.isFinal() ? null : LocalDate.of(2026, 5, (int) second), state.expectedLabel(), null, null, null,
                null, false);
    }
}
