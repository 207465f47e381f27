package jp.nintei.primary;

import java.math.BigDecimal;

import jp.nintei.carelevel.CareLevel;

/**
 * The statutory level for a standard care time, with the 要支援2/要介護1 split. Implemented by the
 * DMN table processes/primary-care-level.dmn — the one place for the thresholds.
 */
public interface CareLevelRule {

    /** What the table derives, and the Japanese description of the rule that matched. */
    record Outcome(CareLevel level, String basis) {
    }

    /** Empty when no rule matches (a value is missing for the 32–50 minute band). */
    java.util.Optional<Outcome> levelFor(BigDecimal totalMinutes, boolean surveyDementiaAtLeastII,
            boolean opinionDementiaAtLeastII, Stability stability, BigDecimal dementiaProbability);
}
