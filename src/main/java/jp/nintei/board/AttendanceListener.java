package jp.nintei.board;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.nintei.board.member.BoardMember;
import jp.nintei.engine.Variables;

/**
 * 出欠の記録: the form has one checkbox per seat (seat1Present … seat5Present) labelled with the
 * member; on complete the attendance and the quorum are recorded and the gateway reads {@code quorate}.
 */
@Component
class AttendanceListener implements TaskListener {

    static final int MAX_SEATS = BoardPanel.FULL_SIZE;

    private final BoardSessions sessions;

    AttendanceListener(BoardSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void notify(DelegateTask task) {
        BoardSession session = sessions.get(SessionVariables.sessionId(task));
        List<BoardMember> members = session.getPanel().members();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            for (int seat = 1; seat <= members.size(); seat++) {
                BoardMember m = members.get(seat - 1);
                boolean chair = session.getPanel().chair().map(c -> c.getId().equals(m.getId())).orElse(false);
                task.setVariableLocal("seat" + seat + "Label", m.getName() + "（" + m.getField().label()
                        + (chair ? "・合議体の長" : "") + "）");
            }
            task.setVariableLocal("quorumRule", "定足数: 合議体の長を含む " + session.getPanel().quorum() + " 人以上（委員 "
                    + members.size() + " 人）");
            return;
        }
        Set<Long> present = new HashSet<>();
        for (int seat = 1; seat <= Math.min(members.size(), MAX_SEATS); seat++) {
            if (Variables.bool(task, "seat" + seat + "Present")) {
                present.add(members.get(seat - 1).getId());
            }
        }
        // The attendance lives in its table; stale ticks must not count when it is recorded again.
        for (int seat = 1; seat <= MAX_SEATS; seat++) {
            task.removeVariable("seat" + seat + "Present");
        }
        task.setVariable(BoardProcess.QUORATE, sessions.recordAttendance(session.getId(), present));
    }
}
