package jp.nintei.board;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the session id the session process carries. */
public final class SessionVariables {

    private SessionVariables() {
    }

    public static Long sessionId(VariableScope scope) {
        Object value = scope.getVariable(BoardProcess.SESSION_ID);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("process variable sessionId missing");
        }
        return n.longValue();
    }
}
