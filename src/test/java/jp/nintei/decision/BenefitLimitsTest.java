package jp.nintei.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.nintei.carelevel.CareLevel;

class BenefitLimitsTest {

    @ParameterizedTest(name = "{0}: {1} 単位")
    @CsvSource({"SUPPORT_1, 5032", "SUPPORT_2, 10531", "CARE_1, 16765", "CARE_2, 19705", "CARE_3, 27048",
            "CARE_4, 30938", "CARE_5, 36217"})
    void monthlyLimitsSinceOctober2019(CareLevel level, int units) {
        assertThat(BenefitLimits.monthlyUnits(level)).hasValue(units);
    }

    @Test
    void nonApplicableHasNoLimit() {
        assertThat(BenefitLimits.monthlyUnits(CareLevel.NOT_APPLICABLE)).isEmpty();
    }
}
