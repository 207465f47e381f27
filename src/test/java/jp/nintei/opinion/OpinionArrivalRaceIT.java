package jp.nintei.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.nintei.application.CaseLock;
import jp.nintei.application.ApplicationType;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * The early-arrival race on PostgreSQL, with real concurrent transactions forced into both
 * orders: the opinion arrives while the stage decides to wait (it must be correlated once the
 * wait exists), and the stage decides while the opinion is being stored (it must find it).
 * The interleaving is forced with the case lock and observed in pg_stat_activity, not timed.
 */
@PostgresTest
class OpinionArrivalRaceIT {

    @Autowired ProcessEngine engine;
    @Autowired ManagementService management;
    @Autowired CaseDriver cases;
    @Autowired OpinionSteps stage;
    @Autowired OpinionTestData opinionData;
    @Autowired OpinionSubmissions submissions;
    @Autowired OpinionService opinions;
    @Autowired OpinionRequests requests;
    @Autowired CaseLock caseLock;
    @Autowired TestData data;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired BusinessClock clock;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void anOpinionArrivingWhileTheStageDecidesToWaitIsCorrelatedToTheWait() throws Exception {
        String caseId = caseAtSendRequest();
        String jobId = cases.job(caseId, "Task_SendRequest").getId();
        CountDownLatch stageHoldsLock = new CountDownLatch(1);
        CountDownLatch arrivalBlocked = new CountDownLatch(1);

        // The stage's transaction: takes the case lock first, then (still open) runs the job that
        // decides to wait and creates the message subscription.
        Future<?> stageTx = threads.submit(() -> tx.executeWithoutResult(s -> {
            caseLock.lock(caseId);
            stageHoldsLock.countDown();
            await(arrivalBlocked);
            management.executeJob(jobId);
        }));
        await(stageHoldsLock);
        Future<?> arrival = threads.submit(() -> submissions.submitDirect(caseId, "競合 医師", "競合クリニック",
                OpinionTestData.complete(clock.today()), "race-" + UUID.randomUUID()));
        waitUntilBlockedOnCaseLock();
        arrivalBlocked.countDown();
        stageTx.get(30, TimeUnit.SECONDS);
        arrival.get(30, TimeUnit.SECONDS);

        var pi = stage.instance(caseId);
        assertThat(pi).hasPassed("SubProcess_AwaitReturn").isWaitingAt("Task_TakeReturn");
        stage.runJob(caseId, "Task_TakeReturn");
        assertThat(pi).isWaitingAt("Task_CheckOpinion");
        assertThat(opinions.versions(caseId)).singleElement()
                .satisfies(v -> assertThat(v.physicianName()).isEqualTo("競合 医師"));
    }

    @Test
    void theStageDecidingWhileAnOpinionIsStoredFindsIt() throws Exception {
        String caseId = caseAtSendRequest();
        String jobId = cases.job(caseId, "Task_SendRequest").getId();
        CountDownLatch arrivalHoldsLock = new CountDownLatch(1);
        CountDownLatch stageBlocked = new CountDownLatch(1);

        // The arrival's transaction holds the lock while the stage's job reaches its decision.
        Future<?> arrival = threads.submit(() -> tx.executeWithoutResult(s -> {
            caseLock.lock(caseId);
            arrivalHoldsLock.countDown();
            await(stageBlocked);
            submissions.submitDirect(caseId, "競合 医師", "競合クリニック", OpinionTestData.complete(clock.today()),
                    "race-" + UUID.randomUUID());
        }));
        await(arrivalHoldsLock);
        Future<?> stageTx = threads.submit(() -> management.executeJob(jobId));
        waitUntilBlockedOnCaseLock();
        stageBlocked.countDown();
        arrival.get(30, TimeUnit.SECONDS);
        stageTx.get(30, TimeUnit.SECONDS);

        var pi = stage.instance(caseId);
        assertThat(pi).isWaitingAt("Task_CheckOpinion").hasNotPassed("SubProcess_AwaitReturn");
        assertThat(opinions.versions(caseId)).hasSize(1);
    }

    @Test
    void aSubmittedOpinionCannotBeRewrittenOrDeletedInTheDatabase() {
        String caseId = cases.receive(data.elderly(clock.today()), ApplicationType.NEW, clock.today());
        submissions.submitDirect(caseId, "改ざん 防止", "医院", OpinionTestData.complete(clock.today()),
                "immutable-" + UUID.randomUUID());
        assertThatThrownBy(() -> jdbc.update("update physician_opinion set content = '{}' where case_id = ?", caseId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.update("delete from physician_opinion where case_id = ?", caseId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        // The staff check is the one change allowed.
        cases.confirmIntake(caseId);
        cases.complete(caseId, "Task_CheckOpinion", Map.of("checkDecision", "accept"));
        assertThat(opinions.of(caseId)).isPresent();
    }

    /** Selection done, the request job not yet run: the stage has not decided to wait. */
    private String caseAtSendRequest() {
        opinionData.driverPhysician();
        String caseId = cases.receive(data.elderly(clock.today()), ApplicationType.NEW, clock.today());
        cases.confirmIntake(caseId);
        cases.complete(caseId, "Task_SelectPhysician",
                Map.of("physicianCode", opinionData.physician(false, "競合 依頼先").getPhysicianCode()));
        return caseId;
    }

    /** Polls PostgreSQL until another backend waits for a row lock on the case (bounded, not timed). */
    private void waitUntilBlockedOnCaseLock() {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(giveUp)) {
            Integer waiting = jdbc.queryForObject("select count(*) from pg_stat_activity where datname = current_database()"
                    + " and wait_event_type = 'Lock' and query like '%certification_application%for update%'", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS)).join();
        }
        throw new AssertionError("no transaction is waiting for the case lock");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
