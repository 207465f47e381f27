package jp.nintei.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtensionReasonTest {

    @ParameterizedTest
    @CsvSource({
            "false, false, SURVEY_AND_OPINION_PENDING",
            "false, true,  SURVEY_PENDING",
            "true,  false, OPINION_PENDING",
            "true,  true,  BOARD_PENDING"})
    void reasonFollowsTheOpenStages(boolean surveyDone, boolean opinionDone, ExtensionReason reason) {
        assertThat(ExtensionReason.of(surveyDone, opinionDone)).isEqualTo(reason);
    }
}
