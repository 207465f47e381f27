package jp.nintei.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.time.BusinessClock;

/**
 * The rate at which the board changes the primary result (MHLW publishes it per insurer as
 * 重度変更率 and 軽度変更率), from the recorded secondary determinations.
 */
@Service
public class BoardKpis {

    /** Cases decided in the period, how many the board raised or lowered, and the rates in percent. */
    public record ChangeRate(LocalDate from, LocalDate to, long decided, long raised, long lowered) {

        public BigDecimal changeRatePercent() {
            return percent(raised + lowered);
        }

        public BigDecimal raisedPercent() {
            return percent(raised);
        }

        public BigDecimal loweredPercent() {
            return percent(lowered);
        }

        private BigDecimal percent(long count) {
            return decided == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
        }
    }

    private final SecondaryDeterminationRepository results;
    private final BusinessClock clock;

    BoardKpis(SecondaryDeterminationRepository results, BusinessClock clock) {
        this.results = results;
        this.clock = clock;
    }

    /** Both days included. */
    @Transactional(readOnly = true)
    public ChangeRate changeRate(LocalDate from, LocalDate to) {
        long raised = 0;
        long lowered = 0;
        long decided = 0;
        for (Object[] row : results.countByDirection(clock.startOf(from).toInstant(), clock.startOf(to.plusDays(1)).toInstant())) {
            long count = (Long) row[1];
            decided += count;
            if (row[0] == ChangeDirection.UP) {
                raised += count;
            } else if (row[0] == ChangeDirection.DOWN) {
                lowered += count;
            }
        }
        return new ChangeRate(from, to, decided, raised, lowered);
    }
}
