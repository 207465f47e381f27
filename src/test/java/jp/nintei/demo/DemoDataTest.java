package jp.nintei.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.nintei.decision.ValidityRules;

class DemoDataTest {

    /** README promises 佐藤 一郎 can apply for renewal on whatever day the demo starts. */
    @Test
    void theRenewalDemoPersonIsInsideTheRenewalWindowOnEveryDayOfTheYear() {
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() < 2028; today = today.plusDays(1)) {
            LocalDate validTo = DemoData.renewalDemoValidTo(today);
            assertThat(validTo.minusDays(ValidityRules.RENEWAL_WINDOW_DAYS)).as("window opens, " + today)
                    .isBeforeOrEqualTo(today);
            assertThat(validTo).as("still valid, " + today).isAfter(today);
            assertThat(validTo).isEqualTo(validTo.withDayOfMonth(validTo.lengthOfMonth()));
        }
    }
}
