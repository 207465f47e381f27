package jp.nintei.primary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A primary determination result as it arrives, from the 認定ソフト bridge (JSON) or keyed in by
 * staff from the printout: values not yet checked. Times and scores in minutes/points with one
 * decimal; 自立度 and level as enum names or as printed (Ⅱa, 要介護1). Documented in
 * docs/primary-determination-bridge.md.
 */
public record PrimaryResultInput(Map<String, BigDecimal> times, BigDecimal totalMinutes,
        Map<String, BigDecimal> groupScores, List<String> warningCodes, String stability, BigDecimal dementiaProbability,
        Levels survey, Levels opinion, String careLevel, Integer basedOnSurveyVersion) {

    /** The two 日常生活自立度 the result was computed with (認定調査 and 主治医意見書 each). */
    public record Levels(String bedriddenLevel, String dementiaLevel) {
    }

    public PrimaryResultInput {
        times = times == null ? Map.of() : times;
        groupScores = groupScores == null ? Map.of() : groupScores;
        warningCodes = warningCodes == null ? List.of() : warningCodes;
        survey = survey == null ? new Levels(null, null) : survey;
        opinion = opinion == null ? new Levels(null, null) : opinion;
    }
}
