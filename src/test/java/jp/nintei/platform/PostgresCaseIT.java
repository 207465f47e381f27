package jp.nintei.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.ApplicationService;
import jp.nintei.application.ApplicationState;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.IntakeRejectedException;
import jp.nintei.application.IntakeRequest;
import jp.nintei.application.IntakeService;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/** The engine and the application's tables share PostgreSQL transactions. */
@PostgresTest
class PostgresCaseIT {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired IntakeService intake;
    @Autowired ApplicationService applications;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired BusinessClock clock;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    @Test
    void aCaseRunsFromIntakeToNotificationOnPostgres() {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.runToBoardResult(caseId, CareLevel.CARE_3, Map.of("validityMonths", 12L, "boardOpinion", "通所リハビリテーションの利用が望ましい"));
        cases.runDecision(caseId);
        cases.sendDecisionNotice(caseId);

        assertThat(cases.instance(caseId)).isNull();
        assertThat(applications.get(caseId).getState()).isEqualTo(ApplicationState.NOTIFIED);
        assertThat(jdbc.queryForObject("select count(*) from case_event where case_id = ?", Integer.class, caseId))
                .isGreaterThanOrEqualTo(9);
        assertThat(jdbc.queryForObject("select validity_months from certification_decision where case_id = ?",
                Integer.class, caseId)).isEqualTo(12);
    }

    @Test
    void engineAndApplicationRollBackTogether() {
        InsuredPerson person = data.elderly(clock.today());
        long applicationsBefore = count("certification_application");
        long instancesBefore = runtime.createProcessInstanceQuery().count();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            intake.receive(request(person));
            throw new IllegalStateException("failure after the process started");
        })).hasMessageContaining("failure after the process started");

        assertThat(count("certification_application")).isEqualTo(applicationsBefore);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void refusedIntakeLeavesNoTrace() {
        InsuredPerson young = data.person(clock.today().minusYears(45), null);
        long events = count("case_event");
        long apps = count("certification_application");

        assertThatThrownBy(() -> intake.receive(request(young))).isInstanceOf(IntakeRejectedException.class);
        assertThat(count("case_event")).isEqualTo(events);
        assertThat(count("certification_application")).isEqualTo(apps);
    }

    @Test
    void twoClerksFilingForTheSamePersonAtOnceOpenOneCase() throws Exception {
        InsuredPerson person = data.elderly(clock.today());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<String> attempt = () -> {
                start.await();
                try {
                    return intake.receive(request(person)).getCaseId();
                } catch (IntakeRejectedException e) {
                    return "refused: " + e.getMessage();
                }
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(o -> o.startsWith("refused")).hasSize(1)
                .allSatisfy(o -> assertThat(o).contains("処理中の申請"));
        assertThat(jdbc.queryForObject("select count(*) from certification_application a join insured_person p "
                + "on a.insured_person_id = p.id where p.insured_number = ?", Integer.class, person.getInsuredNumber()))
                .isEqualTo(1);
    }

    @Test
    void caseHistoryAndAuditLogRefuseUpdateAndDelete() {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);

        assertThatThrownBy(() -> jdbc.update("update case_event set actor = 'someone else' where case_id = ?", caseId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from case_event where case_id = ?", caseId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where case_id = ?", caseId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void withdrawalRunsAsAJobOnPostgres() {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        applications.requestWithdrawal(caseId, "転居のため");
        engine.getManagementService().executeJob(cases.job(caseId, "Task_RecordWithdrawal").getId());

        assertThat(applications.get(caseId).getState()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isZero();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private IntakeRequest request(InsuredPerson person) {
        return new IntakeRequest(person.getInsuredNumber(), ApplicationType.NEW, clock.today(), ApplicantKind.SELF,
                null, null, null, true, null, null, null);
    }
}
