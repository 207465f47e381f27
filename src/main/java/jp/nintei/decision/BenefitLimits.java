package jp.nintei.decision;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

import jp.nintei.carelevel.CareLevel;

/**
 * 居宅介護（介護予防）サービス費等区分支給限度基準額: the monthly limit of home-care services per
 * level, in 単位, the one place these figures live. In force since October 2019 (消費税率引上げに
 * 伴う改定); the 2024 revision left them unchanged. 非該当 has no limit: no benefits.
 */
public final class BenefitLimits {

    private static final Map<CareLevel, Integer> MONTHLY_UNITS = new EnumMap<>(Map.of(
            CareLevel.SUPPORT_1, 5_032,
            CareLevel.SUPPORT_2, 10_531,
            CareLevel.CARE_1, 16_765,
            CareLevel.CARE_2, 19_705,
            CareLevel.CARE_3, 27_048,
            CareLevel.CARE_4, 30_938,
            CareLevel.CARE_5, 36_217));

    private BenefitLimits() {
    }

    public static OptionalInt monthlyUnits(CareLevel level) {
        Integer units = MONTHLY_UNITS.get(level);
        return units == null ? OptionalInt.empty() : OptionalInt.of(units);
    }
}
