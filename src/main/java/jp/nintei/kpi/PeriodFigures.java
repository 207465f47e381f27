package jp.nintei.kpi;

import java.time.YearMonth;
import java.util.List;

/**
 * MHLW's per-insurer figures for the cases decided in one month (or, with {@code month} null,
 * the whole period): average days from application to decision, the share decided within the
 * statutory 30 days, the stage durations, and how often the board changed the primary result
 * (重度変更 up, 軽度変更 down).
 */
public record PeriodFigures(YearMonth month, int decided, Average daysToDecision, Share decidedWithin30Days,
        Average survey, Average opinion, Average board, Share boardChanged, Share changedToHigher,
        Share changedToLower) {

    static PeriodFigures of(YearMonth month, List<CaseTimeline> cases) {
        long days = 0;
        int within = 0;
        long surveySum = 0;
        int surveyCases = 0;
        long opinionSum = 0;
        int opinionCases = 0;
        long boardSum = 0;
        int boardCases = 0;
        int reviewed = 0;
        int up = 0;
        int down = 0;
        for (CaseTimeline c : cases) {
            days += c.daysToDecision();
            within += c.withinDeadline() ? 1 : 0;
            if (c.surveyDays() != null) {
                surveySum += c.surveyDays();
                surveyCases++;
            }
            if (c.opinionDays() != null) {
                opinionSum += c.opinionDays();
                opinionCases++;
            }
            if (c.boardDays() != null) {
                boardSum += c.boardDays();
                boardCases++;
            }
            if (c.change() != null) {
                reviewed++;
                up += c.change() > 0 ? 1 : 0;
                down += c.change() < 0 ? 1 : 0;
            }
        }
        return new PeriodFigures(month, cases.size(), Average.of(days, cases.size()), Share.of(within, cases.size()),
                Average.of(surveySum, surveyCases), Average.of(opinionSum, opinionCases), Average.of(boardSum, boardCases),
                Share.of(up + down, reviewed), Share.of(up, reviewed), Share.of(down, reviewed));
    }
}
