package jp.nintei.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.nintei.application.ApplicationType;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/** Survey drafts and versions on PostgreSQL: JSON round trip, immutable versions, refusal leaves no trace. */
@PostgresTest
class SurveyPostgresIT {

    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired SurveyEntryService entry;
    @Autowired SurveyService surveys;
    @Autowired SurveyCatalog catalog;
    @Autowired JdbcTemplate jdbc;
    @Autowired BusinessClock clock;

    @Test
    void submittedVersionsAreStoredWholeAndCannotBeRewritten() {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        String surveyor = cases.surveyor("pg.surveyor");
        cases.complete(caseId, "Task_AssignSurveyor", Map.of("surveyorId", surveyor));
        LocalDateTime now = LocalDateTime.ofInstant(clock.now(), clock.zone()).truncatedTo(ChronoUnit.MINUTES);
        var answers = new SurveyAnswers(SurveyFixtures.complete(catalog, now, surveyor).overview(),
                SurveyFixtures.with(SurveyFixtures.complete(catalog, now, surveyor), "1-1", 2, 5).choices(),
                List.of(5, 10), jp.nintei.scale.BedriddenLevel.C2, jp.nintei.scale.DementiaLevel.IIIA,
                Map.of("1-1", "左上肢・右下肢に麻痺（脳梗塞後）", "6-5", "在宅酸素 2L/分", "7-2", "夜間に不穏あり"));
        entry.saveDraft(caseId, answers, Set.of(), null);

        long rows = count();
        assertThatThrownBy(() -> cases.complete(caseId, "Task_EnterSurvey", Map.of("unused", true)))
                .hasMessageContaining("確認が必要です");
        assertThat(count()).isEqualTo(rows);

        entry.saveDraft(caseId, answers, Set.of("bedridden-walk"), null);
        cases.complete(caseId, "Task_EnterSurvey", Map.of());
        var stored = surveys.current(caseId).orElseThrow();
        assertThat(stored.answers()).isEqualTo(answers);
        assertThat(stored.choices().get("1-1")).containsExactly(2, 5);
        assertThat(stored.specialMedicalCare()).containsExactly(5, 10);
        assertThat(stored.notes()).containsEntry("6-5", "在宅酸素 2L/分");
        assertThat(jdbc.queryForObject("select count(*) from survey_draft where case_id = ?", Integer.class, caseId)).isZero();

        assertThatThrownBy(() -> jdbc.update("update survey_version set answers = '{}' where case_id = ?", caseId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from survey_version where case_id = ?", caseId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from survey_version", Long.class);
    }
}
