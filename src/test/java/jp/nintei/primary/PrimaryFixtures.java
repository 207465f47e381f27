package jp.nintei.primary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.primary.PrimaryResultInput.Levels;
import jp.nintei.primary.PrimaryResultValidator.Basis;

/** Primary determination results for tests: consistent ones for a wanted level, and their form values. */
public final class PrimaryFixtures {

    private PrimaryFixtures() {
    }

    /** A result the validator accepts for this level and basis (the split decided by stability). */
    public static PrimaryResultInput consistent(CareLevel level, Basis basis) {
        BigDecimal total = new BigDecimal(switch (level) {
            case NOT_APPLICABLE -> "20.0";
            case SUPPORT_1 -> "28.0";
            case SUPPORT_2, CARE_1 -> "41.3";
            case CARE_2 -> "55.0";
            case CARE_3 -> "80.0";
            case CARE_4 -> "100.0";
            case CARE_5 -> "120.0";
        });
        if (level == CareLevel.SUPPORT_2 && basis.surveyDementia().isAtLeastII() && basis.opinionDementia().isAtLeastII()) {
            throw new IllegalArgumentException("要支援2 is impossible when both 認知症自立度 are Ⅱ or above");
        }
        Stability stability = level == CareLevel.CARE_1 ? Stability.UNSTABLE : Stability.STABLE;
        return input(times(total), total, stability, new BigDecimal("20.0"), basis, level);
    }

    public static PrimaryResultInput input(Map<String, BigDecimal> times, BigDecimal total, Stability stability,
            BigDecimal probability, Basis basis, CareLevel level) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int g = 1; g <= 5; g++) {
            scores.put(String.valueOf(g), new BigDecimal("78.4").subtract(BigDecimal.valueOf(g * 3)));
        }
        return new PrimaryResultInput(times, total, scores, List.of("A3"), stability == null ? null : stability.name(),
                probability, new Levels(basis.surveyBedridden().name(), basis.surveyDementia().name()),
                new Levels(basis.opinionBedridden().label(), basis.opinionDementia().label()), level.name(),
                basis.surveyVersion());
    }

    /** Nine parts that add up to the total exactly. */
    public static Map<String, BigDecimal> times(BigDecimal total) {
        Map<String, BigDecimal> times = new LinkedHashMap<>();
        BigDecimal part = total.divide(BigDecimal.valueOf(9), 1, RoundingMode.DOWN);
        BigDecimal rest = total;
        for (CareTime t : CareTime.values()) {
            BigDecimal value = t == CareTime.DEMENTIA_ADDITION ? rest : part;
            times.put(t.key(), value);
            rest = rest.subtract(value);
        }
        return times;
    }

    /** What staff would enter in the Tasklist form 一次判定結果の入力 for this result. */
    public static Map<String, Object> formVariables(PrimaryResultInput in) {
        Map<String, Object> v = new HashMap<>();
        for (CareTime t : CareTime.values()) {
            BigDecimal value = in.times().get(t.key());
            if (value != null) {
                v.put(RecordEnteredResultDelegate.formKey(t), value.doubleValue());
            }
        }
        if (in.totalMinutes() != null) {
            v.put("standardTimeMinutes", in.totalMinutes().doubleValue());
        }
        in.groupScores().forEach((g, s) -> v.put("groupScore" + g, s.doubleValue()));
        v.put("warningCodes", String.join(" ", in.warningCodes()));
        if (in.stability() != null) {
            v.put("conditionStability", in.stability());
        }
        if (in.dementiaProbability() != null) {
            v.put("dementiaProbability", in.dementiaProbability().doubleValue());
        }
        v.put("resultSurveyBedridden", in.survey().bedriddenLevel());
        v.put("resultSurveyDementia", in.survey().dementiaLevel());
        v.put("resultOpinionBedridden", in.opinion().bedriddenLevel());
        v.put("resultOpinionDementia", in.opinion().dementiaLevel());
        v.put("primaryCareLevel", in.careLevel());
        return v;
    }
}
