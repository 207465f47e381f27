package jp.nintei.primary;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;

/** A primary determination result whose parts agree (made only by {@link PrimaryResultValidator}). */
public record PrimaryResult(Map<CareTime, BigDecimal> times, BigDecimal totalMinutes, List<BigDecimal> groupScores,
        List<String> warningCodes, Stability stability, BigDecimal dementiaProbability, BedriddenLevel surveyBedridden,
        DementiaLevel surveyDementia, BedriddenLevel opinionBedridden, DementiaLevel opinionDementia, CareLevel careLevel,
        String basis) {

    public PrimaryResult {
        times = Collections.unmodifiableMap(new EnumMap<>(times));
        groupScores = List.copyOf(groupScores);
        warningCodes = List.copyOf(warningCodes);
    }
}
