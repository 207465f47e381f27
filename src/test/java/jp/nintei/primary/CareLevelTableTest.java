package jp.nintei.primary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.nintei.carelevel.CareLevel;

/**
 * processes/primary-care-level.dmn at every statutory boundary and through every branch of the
 * 要支援2/要介護1 split, evaluated by Camunda's DMN engine without the rest of the application.
 */
class CareLevelTableTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parseTable() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("processes/primary-care-level.dmn"))) {
            decision = dmn.parseDecision(DmnCareLevelRule.DECISION, in);
        }
    }

    /** The table as the validator uses it, but on the file itself. */
    static final CareLevelRule TABLE = (total, surveyII, opinionII, stability, probability) -> {
        var result = dmn.evaluateDecisionTable(decision,
                DmnCareLevelRule.inputs(total, surveyII, opinionII, stability, probability));
        return result.isEmpty() ? Optional.empty() : DmnCareLevelRule.outcome(result.getSingleResult().getEntryMap());
    };

    @ParameterizedTest(name = "{0} min → {1}")
    @CsvSource({
            "0.0, NOT_APPLICABLE", "24.9, NOT_APPLICABLE", "25.0, SUPPORT_1", "31.9, SUPPORT_1",
            "32.0, SUPPORT_2", "49.9, SUPPORT_2", "50.0, CARE_2", "69.9, CARE_2", "70.0, CARE_3", "89.9, CARE_3",
            "90.0, CARE_4", "109.9, CARE_4", "110.0, CARE_5", "999.9, CARE_5"})
    void thresholdsOfTheMinistryOrdinance(String minutes, CareLevel expected) {
        // Neither 自立度 is Ⅱ or above and the state is stable: the 32–50 band gives 要支援2.
        assertThat(level(minutes, false, false, Stability.STABLE, "0.0")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "survey Ⅱ+ {0}, opinion Ⅱ+ {1}, {2}, 蓋然性 {3}% → {4}")
    @CsvSource({
            // both Ⅱ or above: 要介護1 whatever the stability
            "true, true, STABLE, 10.0, CARE_1", "true, true, UNSTABLE, 90.0, CARE_1",
            // both below Ⅱ: by stability
            "false, false, STABLE, 90.0, SUPPORT_2", "false, false, UNSTABLE, 10.0, CARE_1",
            // they disagree: probability ≥ 50 % → 要介護1, else by stability
            "true, false, STABLE, 50.0, CARE_1", "false, true, STABLE, 50.0, CARE_1",
            "true, false, STABLE, 49.9, SUPPORT_2", "false, true, STABLE, 49.9, SUPPORT_2",
            "true, false, UNSTABLE, 49.9, CARE_1", "false, true, UNSTABLE, 0.0, CARE_1"})
    void supportTwoOrCareOneSplit(boolean surveyII, boolean opinionII, Stability stability, String probability,
            CareLevel expected) {
        assertThat(level("32.0", surveyII, opinionII, stability, probability)).isEqualTo(expected);
        assertThat(level("49.9", surveyII, opinionII, stability, probability)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} min ignores the split inputs")
    @CsvSource({"31.9, SUPPORT_1", "50.0, CARE_2"})
    void splitInputsMatterOnlyInsideTheBand(String minutes, CareLevel expected) {
        assertThat(level(minutes, true, true, Stability.UNSTABLE, "99.0")).isEqualTo(expected);
        assertThat(level(minutes, false, false, null, null)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void insideTheBandTheSplitNeedsItsInputs() {
        assertThat(TABLE.levelFor(new BigDecimal("40.0"), true, false, Stability.STABLE, null)).isEmpty();
        assertThat(TABLE.levelFor(new BigDecimal("40.0"), false, false, null, null)).isEmpty();
    }

    private static CareLevel level(String minutes, boolean surveyII, boolean opinionII, Stability stability,
            String probability) {
        return TABLE.levelFor(new BigDecimal(minutes), surveyII, opinionII, stability,
                probability == null ? null : new BigDecimal(probability)).orElseThrow().level();
    }
}
