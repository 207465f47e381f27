package jp.nintei.deadline;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The date of the board session a case is allocated to, if any. The board feature implements
 * it; the 30-day clock uses it for the 処理見込期間 of a 延期通知.
 */
public interface ScheduledSessions {

    Optional<LocalDate> sessionDateOf(String caseId);
}
