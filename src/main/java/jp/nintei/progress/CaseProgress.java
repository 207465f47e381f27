package jp.nintei.progress;

import java.time.Instant;
import java.util.List;

/**
 * A case's progress as it stood at {@code asOf}: the public state then, the public timeline up
 * to then, and the internal checkpoints reached by then (staff only).
 */
public record CaseProgress(String caseId, Instant asOf, PublicStatusView current, List<PublicStatusView> timeline,
        List<Checkpoint> checkpoints) {

    /** One of the eleven internal checkpoints of DESIGN.md §4; {@code reachedAt} is null until reached. */
    public record Checkpoint(CaseEventType type, String label, Instant reachedAt, int times) {

        public boolean reached() {
            return reachedAt != null;
        }
    }
}
