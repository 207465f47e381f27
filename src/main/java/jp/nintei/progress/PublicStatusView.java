package jp.nintei.progress;

import java.time.Instant;
import java.time.LocalDate;

/** A public state as residents and care managers read it; {@code overdue} is judged on the day read. */
public record PublicStatusView(
        PublicState state,
        String label,
        String text,
        Instant since,
        LocalDate expectedDate,
        String expectedLabel,
        ExpectedBasis expectedBasis,
        String expectedBasisLabel,
        LocalDate decisionExpectedDate,
        ExpectedBasis decisionExpectedBasis,
        boolean overdue) {

    static PublicStatusView of(ProgressStatus s, LocalDate today) {
        PublicState state = s.getPublicState();
        boolean overdue = today != null && s.getExpectedDate() != null && s.getExpectedDate().isBefore(today);
        return new PublicStatusView(state, state.label(), state.text(), s.getRecordedAt(), s.getExpectedDate(),
                state.expectedLabel(), s.getExpectedBasis(),
                s.getExpectedBasis() == null ? null : s.getExpectedBasis().label(), s.getDecisionExpectedDate(),
                s.getDecisionExpectedBasis(), overdue);
    }

    public boolean isFinal() {
        return state.isFinal();
    }
}
