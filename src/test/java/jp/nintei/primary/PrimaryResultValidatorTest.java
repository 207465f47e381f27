package jp.nintei.primary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.primary.PrimaryResultInput.Levels;
import jp.nintei.primary.PrimaryResultValidator.Basis;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;
import jp.nintei.web.Violation;

/** The one validator of primary results, on the DMN file itself (no Spring). */
class PrimaryResultValidatorTest {

    static {
        try {
            CareLevelTableTest.parseTable();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    final PrimaryResultValidator validator = new PrimaryResultValidator(CareLevelTableTest.TABLE);
    /** Survey Ⅰ, opinion Ⅱa: the two disagree, so the probability and then the stability decide. */
    final Basis basis = new Basis(2, BedriddenLevel.J2, DementiaLevel.I, BedriddenLevel.A1, DementiaLevel.IIA);

    @Test
    void aConsistentResultIsAccepted() {
        var checked = validator.check(PrimaryFixtures.consistent(CareLevel.CARE_2, basis), basis);
        assertThat(checked.violations()).isEmpty();
        assertThat(checked.result().careLevel()).isEqualTo(CareLevel.CARE_2);
        assertThat(checked.result().times()).hasSize(9);
        assertThat(checked.result().groupScores()).hasSize(5);
        assertThat(checked.result().basis()).contains("50分以上70分未満");
    }

    @ParameterizedTest(name = "total off by {0}")
    @CsvSource({"0.0, true", "0.1, true", "-0.1, true", "0.2, false", "-0.2, false"})
    void theNineTimesMustAddUpToTheTotalWithinATenthOfAMinute(String offset, boolean accepted) {
        var good = PrimaryFixtures.consistent(CareLevel.CARE_3, basis);
        var input = PrimaryFixtures.input(good.times(), good.totalMinutes().add(new BigDecimal(offset)), Stability.STABLE,
                new BigDecimal("10.0"), basis, CareLevel.CARE_3);
        var messages = validator.check(input, basis).violations().stream().map(Violation::message).toList();
        if (accepted) {
            assertThat(messages).isEmpty();
        } else {
            assertThat(messages).singleElement().satisfies(m -> assertThat(m).contains("9つの時間の合計（80分）", "一致しません"));
        }
    }

    @Test
    void aLevelThatTheThresholdsDoNotGiveIsRefusedWithTheRightLevel() {
        // 41.3 minutes, survey Ⅰ / opinion Ⅱa, 蓋然性 20 %, stable → 要支援2; claimed 要介護1
        var input = withLevel(PrimaryFixtures.consistent(CareLevel.SUPPORT_2, basis), CareLevel.CARE_1);
        var violations = validator.check(input, basis).violations();
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("careLevel");
            assertThat(v.message()).contains("「要介護1」", "「要支援2」", "41.3分", "状態が安定");
        });
    }

    @Test
    void groupScoresOutsideZeroToHundredAreRefused() {
        var good = PrimaryFixtures.consistent(CareLevel.CARE_4, basis);
        Map<String, BigDecimal> scores = new HashMap<>(good.groupScores());
        scores.put("3", new BigDecimal("100.1"));
        scores.remove("5");
        var input = new PrimaryResultInput(good.times(), good.totalMinutes(), scores, good.warningCodes(), good.stability(),
                good.dementiaProbability(), good.survey(), good.opinion(), good.careLevel(), null);
        assertThat(validator.check(input, basis).violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("groupScores.3", "groupScores.5");
    }

    @Test
    void independenceLevelsMustBeOfficialScaleValuesAndMatchTheCase() {
        var good = PrimaryFixtures.consistent(CareLevel.CARE_2, basis);
        var input = new PrimaryResultInput(good.times(), good.totalMinutes(), good.groupScores(), good.warningCodes(),
                good.stability(), good.dementiaProbability(), new Levels("J9", "Ⅱa"), new Levels("A1", "Ⅱa"),
                good.careLevel(), 1);
        var messages = validator.check(input, basis).violations().stream().map(Violation::message).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("「J9」は公式の区分", "自立・J1・J2"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("認知症高齢者の日常生活自立度（認定調査）「Ⅱa」",
                "認定調査（第2版）の「Ⅰ」と一致しません"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("第1版に基づいています", "現在の調査票は第2版"));
    }

    @Test
    void printedLabelsAreAcceptedAsWellAsCodes() {
        var good = PrimaryFixtures.consistent(CareLevel.CARE_1, basis);
        var input = new PrimaryResultInput(good.times(), good.totalMinutes(), good.groupScores(), good.warningCodes(),
                "不安定", good.dementiaProbability(), new Levels("J2", "Ⅰ"), new Levels("A1", "IIa"), "要介護1", 2);
        assertThat(validator.check(input, basis).violations()).isEmpty();
    }

    @Test
    void theSplitBandNeedsStabilityAndProbability() {
        var good = PrimaryFixtures.consistent(CareLevel.SUPPORT_2, basis);
        var input = new PrimaryResultInput(good.times(), good.totalMinutes(), good.groupScores(), good.warningCodes(),
                null, null, good.survey(), good.opinion(), good.careLevel(), null);
        assertThat(validator.check(input, basis).violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("stability", "dementiaProbability");
    }

    @Test
    void missingAndMalformedTimesAreNamed() {
        var good = PrimaryFixtures.consistent(CareLevel.CARE_5, basis);
        var times = new HashMap<>(good.times());
        times.remove("bpsd");
        times.put("medical", new BigDecimal("-1.0"));
        times.put("hygiene", new BigDecimal("3.25"));
        times.put("sleep", BigDecimal.ONE);
        var input = new PrimaryResultInput(times, good.totalMinutes(), good.groupScores(), java.util.List.of("A3", "<b>"),
                good.stability(), good.dementiaProbability(), good.survey(), good.opinion(), "要介護6", null);
        assertThat(validator.check(input, basis).violations()).extracting(Violation::field).contains("times.bpsd",
                "times.medical", "times.hygiene", "times.sleep", "warningCodes", "careLevel");
    }

    private static PrimaryResultInput withLevel(PrimaryResultInput in, CareLevel level) {
        return new PrimaryResultInput(in.times(), in.totalMinutes(), in.groupScores(), in.warningCodes(), in.stability(),
                in.dementiaProbability(), in.survey(), in.opinion(), level.name(), in.basedOnSurveyVersion());
    }
}
