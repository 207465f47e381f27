package jp.nintei.engine;

import java.util.Date;
import java.util.Set;

/** An open user task of a case, as far as features need to know it. */
public record CaseTask(String id, String taskKey, String assignee, Set<String> candidateUsers, Date dueDate) {

    public CaseTask {
        candidateUsers = candidateUsers == null ? Set.of() : Set.copyOf(candidateUsers);
    }

    /** Whether the user may work on it: its assignee, or a candidate while nobody has claimed it. */
    public boolean isFor(String userId) {
        return userId.equals(assignee) || (assignee == null && candidateUsers.contains(userId));
    }
}
