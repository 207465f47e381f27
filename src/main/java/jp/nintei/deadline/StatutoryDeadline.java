package jp.nintei.deadline;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The 30-day clock of 介護保険法27条11項, in one place. Calendar days: the statute counts
 * neither business days nor holidays.
 */
@Component
public class StatutoryDeadline {

    static final int DECISION_DAYS = 30;

    private final int noticeMarginDays;

    public StatutoryDeadline(@Value("${nintei.deadline.notice-margin-days:5}") int noticeMarginDays) {
        if (noticeMarginDays < 0 || noticeMarginDays >= DECISION_DAYS) {
            throw new IllegalArgumentException("nintei.deadline.notice-margin-days must be 0..29");
        }
        this.noticeMarginDays = noticeMarginDays;
    }

    /** The day by which the decision is due. */
    public LocalDate decisionDueDate(LocalDate receivedDate) {
        return receivedDate.plusDays(DECISION_DAYS);
    }

    /** The day the 延期通知 task appears when the case is still undecided. */
    public LocalDate noticeDueDate(LocalDate receivedDate) {
        return decisionDueDate(receivedDate).minusDays(noticeMarginDays);
    }

    /** 処理見込期間 when no board session is scheduled yet: one month from today. */
    public LocalDate defaultExpectedDate(LocalDate today) {
        return today.plusMonths(1);
    }

    /** A notice's expected date has slipped once the day after it begins undecided. */
    public LocalDate recheckDate(LocalDate expectedDecisionDate) {
        return expectedDecisionDate.plusDays(1);
    }
}
