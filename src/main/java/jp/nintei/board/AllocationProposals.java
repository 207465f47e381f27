package jp.nintei.board;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.nintei.engine.CaseEngine;

/**
 * The proposal as the allocation task shows it (process variables read by board-allocation.form),
 * and its refresh on every open allocation task when a session is scheduled or moved.
 */
@Component
class AllocationProposals {

    static final String TASK = "Task_AllocateSession";
    static final String ADVICE = "allocationAdvice";
    /** Also the form's number field: the proposal is its default, the submitted value the choice. */
    static final String SESSION_FIELD = "sessionNumber";

    private final Allocations allocations;
    private final CaseEngine engine;

    AllocationProposals(Allocations allocations, CaseEngine engine) {
        this.allocations = allocations;
        this.engine = engine;
    }

    /** Not task-local: the form submits into the execution, where a local copy would hide the choice. */
    Map<String, Object> variables(String caseId) {
        var proposal = allocations.propose(caseId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ADVICE, proposal.advice());
        variables.put(SESSION_FIELD, proposal.proposed().map(p -> p.session().getId()).orElse(null));
        return variables;
    }

    void refreshOpenTasks() {
        engine.updateOpenTasks(TASK, this::variables);
    }
}
