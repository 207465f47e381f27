package jp.nintei.primary;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.engine.CaseEngine;

/** Evaluates processes/primary-care-level.dmn in the process engine. */
@Component
class DmnCareLevelRule implements CareLevelRule {

    static final String DECISION = "primary-care-level";

    private final CaseEngine engine;

    DmnCareLevelRule(CaseEngine engine) {
        this.engine = engine;
    }

    @Override
    public Optional<Outcome> levelFor(BigDecimal totalMinutes, boolean surveyDementiaAtLeastII,
            boolean opinionDementiaAtLeastII, Stability stability, BigDecimal dementiaProbability) {
        return outcome(engine.decide(DECISION, inputs(totalMinutes, surveyDementiaAtLeastII, opinionDementiaAtLeastII,
                stability, dementiaProbability)));
    }

    /** The table's input variables; shared with the tests that evaluate the file without the engine. */
    static Map<String, Object> inputs(BigDecimal totalMinutes, boolean surveyDementiaAtLeastII,
            boolean opinionDementiaAtLeastII, Stability stability, BigDecimal dementiaProbability) {
        Map<String, Object> in = new HashMap<>();
        in.put("totalMinutes", totalMinutes.doubleValue());
        in.put("surveyDementiaAtLeastII", surveyDementiaAtLeastII);
        in.put("opinionDementiaAtLeastII", opinionDementiaAtLeastII);
        in.put("stable", stability == null ? null : stability == Stability.STABLE);
        in.put("dementiaProbability", dementiaProbability == null ? null : dementiaProbability.doubleValue());
        return in;
    }

    static Optional<Outcome> outcome(Map<String, Object> outputs) {
        Object level = outputs.get("careLevel");
        return level == null ? Optional.empty()
                : Optional.of(new Outcome(CareLevel.valueOf(level.toString()), String.valueOf(outputs.get("basis"))));
    }
}
