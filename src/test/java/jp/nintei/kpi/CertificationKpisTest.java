package jp.nintei.kpi;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.nintei.application.ApplicationType;
import jp.nintei.support.ProcessTest;

/**
 * The KPI figures on a known, hand-built history of one insurer: six cases decided in April and
 * May 2026, and cases that must not count (decided in June, another insurer, undecided).
 *
 * <pre>
 * case  type     received  survey        opinion   decided  days  ≤30  board  primary→final
 * A     NEW      03-20     03-28 (8)     04-02 (13) 04-15   26    yes  13     要介護1→要介護1
 * B     RENEWAL  03-25     04-03 (9)     04-20 (26) 04-30   36    no   10     要介護1→要介護2 (up)
 * C     NEW      04-01     04-06 (5)     04-10 (9)  04-28   27    yes  18     要介護3→要介護2 (down)
 * D     CHANGE   04-10     04-20 (10)    04-25 (15) 05-11   31    no   16     要介護2→要介護2
 * E     NEW      04-15     04-22, 05-01 (16) 04-28 00:30 JST (13) 05-15 30 yes 14  非該当→要支援1 (up)
 * F     NEW      04-25     —             —          05-20   25    yes  —      migrated: no primary, no 認定日
 * </pre>
 */
@ProcessTest
class CertificationKpisTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CertificationKpis kpis;

    KnownHistory history;

    @BeforeEach
    void buildHistory() {
        history = new KnownHistory(jdbc);
        history.received("NEW", of(2026, 3, 20)).surveyed(of(2026, 3, 28)).opinionReceived(of(2026, 4, 2))
                .decided(of(2026, 4, 15), "CARE_1", "CARE_1");
        history.received("RENEWAL", of(2026, 3, 25)).surveyed(of(2026, 4, 3)).opinionReceived(of(2026, 4, 20))
                .decided(of(2026, 4, 30), "CARE_1", "CARE_2");
        history.received("NEW", of(2026, 4, 1)).surveyed(of(2026, 4, 6)).opinionReceived(of(2026, 4, 10))
                .decided(of(2026, 4, 28), "CARE_3", "CARE_2");
        history.received("CHANGE", of(2026, 4, 10)).surveyed(of(2026, 4, 20)).opinionReceived(of(2026, 4, 25))
                .decided(of(2026, 5, 11), "CARE_2", "CARE_2");
        history.received("NEW", of(2026, 4, 15)).surveyed(of(2026, 4, 22)).surveyed(of(2026, 5, 1))
                .event("OPINION_RECEIVED", of(2026, 4, 28), 0, 30)
                .decided(of(2026, 5, 15), "NOT_APPLICABLE", "SUPPORT_1")
                // a re-survey after the decision belongs to the next case, not to this one
                .surveyed(of(2026, 5, 25));
        history.received("NEW", of(2026, 4, 25)).decidedWithoutDate(of(2026, 5, 20), "CARE_1");
        // not counted: decided in June, still undecided
        history.received("NEW", of(2026, 5, 20)).surveyed(of(2026, 5, 25)).opinionReceived(of(2026, 5, 28))
                .decided(of(2026, 6, 2), "CARE_1", "CARE_1");
        history.received("NEW", of(2026, 4, 20)).surveyed(of(2026, 4, 25));
        // not counted: another insurer's case decided in April
        new KnownHistory(jdbc).received("NEW", of(2026, 4, 1)).surveyed(of(2026, 4, 2)).opinionReceived(of(2026, 4, 3))
                .decided(of(2026, 4, 4), "CARE_1", "CARE_5");
    }

    @Test
    void aprilFigures() {
        PeriodFigures april = report(null).months().get(0);
        assertThat(april.month()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(april.decided()).isEqualTo(3);
        assertThat(april.daysToDecision()).isEqualTo(new Average(3, d("29.7")));
        assertThat(april.decidedWithin30Days()).isEqualTo(new Share(2, 3, d("66.7")));
        assertThat(april.survey()).isEqualTo(new Average(3, d("7.3")));
        assertThat(april.opinion()).isEqualTo(new Average(3, d("16.0")));
        assertThat(april.board()).isEqualTo(new Average(3, d("13.7")));
        assertThat(april.boardChanged()).isEqualTo(new Share(2, 3, d("66.7")));
        assertThat(april.changedToHigher()).isEqualTo(new Share(1, 3, d("33.3")));
        assertThat(april.changedToLower()).isEqualTo(new Share(1, 3, d("33.3")));
    }

    @Test
    void mayFiguresCountTheLastSurveyBeforeTheDecisionAndJapanTime() {
        PeriodFigures may = report(null).months().get(1);
        assertThat(may.decided()).isEqualTo(3);
        assertThat(may.daysToDecision()).isEqualTo(new Average(3, d("28.7")));
        // D took 31 days; E exactly 30 (on its due date); F 25
        assertThat(may.decidedWithin30Days()).isEqualTo(new Share(2, 3, d("66.7")));
        assertThat(may.survey()).isEqualTo(new Average(2, d("13.0")));
        assertThat(may.opinion()).isEqualTo(new Average(2, d("14.0")));
        assertThat(may.board()).isEqualTo(new Average(2, d("15.0")));
        assertThat(may.boardChanged()).isEqualTo(new Share(1, 2, d("50.0")));
        assertThat(may.changedToHigher()).isEqualTo(new Share(1, 2, d("50.0")));
        assertThat(may.changedToLower()).isEqualTo(new Share(0, 2, d("0.0")));
    }

    @Test
    void totalOfThePeriod() {
        KpiReport report = report(null);
        PeriodFigures total = report.total();
        assertThat(total.month()).isNull();
        assertThat(total.decided()).isEqualTo(6);
        assertThat(total.daysToDecision()).isEqualTo(new Average(6, d("29.2")));
        assertThat(total.decidedWithin30Days()).isEqualTo(new Share(4, 6, d("66.7")));
        assertThat(total.survey()).isEqualTo(new Average(5, d("9.6")));
        assertThat(total.opinion()).isEqualTo(new Average(5, d("15.2")));
        assertThat(total.board()).isEqualTo(new Average(5, d("14.2")));
        assertThat(total.boardChanged()).isEqualTo(new Share(3, 5, d("60.0")));
        assertThat(total.changedToHigher()).isEqualTo(new Share(2, 5, d("40.0")));
        assertThat(total.changedToLower()).isEqualTo(new Share(1, 5, d("20.0")));
        assertThat(report.national().daysToDecision()).isEqualTo(d("39.8"));
    }

    @Test
    void oneTypeOfApplication() {
        KpiReport report = report(ApplicationType.NEW);
        assertThat(report.months().get(0).daysToDecision()).isEqualTo(new Average(2, d("26.5")));
        assertThat(report.months().get(0).decidedWithin30Days()).isEqualTo(new Share(2, 2, d("100.0")));
        assertThat(report.months().get(1).daysToDecision()).isEqualTo(new Average(2, d("27.5")));
        assertThat(report.total().decided()).isEqualTo(4);
    }

    @Test
    void monthsWithoutDecisionsAreListedEmpty() {
        KpiReport report = kpis.report(history.insurerNumber, YearMonth.of(2026, 2), YearMonth.of(2026, 6), null);
        assertThat(report.months()).extracting(PeriodFigures::month).containsExactly(YearMonth.of(2026, 2),
                YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        PeriodFigures february = report.months().get(0);
        assertThat(february.decided()).isZero();
        assertThat(february.daysToDecision()).isEqualTo(new Average(0, null));
        assertThat(february.decidedWithin30Days()).isEqualTo(new Share(0, 0, null));
        assertThat(report.months().get(4).decided()).isEqualTo(1);
    }

    @Test
    void badPeriodsAreRefused() {
        assertThatThrownBy(() -> kpis.report(history.insurerNumber, YearMonth.of(2026, 5), YearMonth.of(2026, 4), null))
                .hasMessageContaining("開始月は終了月以前");
        assertThatThrownBy(() -> kpis.report(history.insurerNumber, YearMonth.of(2020, 1), YearMonth.of(2026, 4), null))
                .hasMessageContaining("36か月以内");
        assertThatThrownBy(() -> kpis.report("000000", YearMonth.of(2026, 4), YearMonth.of(2026, 4), null))
                .hasMessageContaining("登録されていません");
    }

    private KpiReport report(ApplicationType type) {
        return kpis.report(history.insurerNumber, YearMonth.of(2026, 4), YearMonth.of(2026, 5), type);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
