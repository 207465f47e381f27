package jp.nintei.sharedinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.nintei.application.ApplicationType;
import jp.nintei.outbox.OutboxDispatcher;
import jp.nintei.outbox.OutboxEvent;
import jp.nintei.outbox.OutboxEventRepository;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.progress.ProgressService;
import jp.nintei.progress.PublicState;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * The store, the progress history and their outbox on PostgreSQL: they commit or roll back
 * with the checkpoint; the public history refuses changes; concurrent dispatchers deliver
 * every revision to real receivers, a failing one included, without a duplicate effect.
 */
@PostgresTest
class SharedInfoPostgresIT {

    @Autowired CaseDriver cases;
    @Autowired CaseHistory history;
    @Autowired TestData data;
    @Autowired BusinessClock clock;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired WebhookSubscriptions subscriptions;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired OutboxEventRepository outbox;
    @Autowired ProgressService progress;

    final List<Long> registered = new ArrayList<>();
    final List<WebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void stop() {
        registered.forEach(subscriptions::deactivate);
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void aRolledBackCheckpointLeavesNoProgressNoRevisionAndNoDelivery() throws Exception {
        receiver();
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        int progressRows = count("case_progress", caseId);
        int revision = revision(caseId);
        int queued = count("outbox_event", caseId);

        tx.executeWithoutResult(status -> {
            history.append(caseId, CaseEventType.INTAKE_CONFIRMED, "it", null);
            assertThat(count("case_progress", caseId)).as("written inside the transaction").isEqualTo(progressRows + 1);
            status.setRollbackOnly();
        });

        assertThat(count("case_progress", caseId)).isEqualTo(progressRows);
        assertThat(revision(caseId)).isEqualTo(revision);
        assertThat(count("outbox_event", caseId)).isEqualTo(queued);
    }

    @Test
    void thePublicStatusHistoryIsAppendOnly() {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        assertThatThrownBy(() -> jdbc.update("update case_progress set public_state = 'NOTIFIED' where case_id = ?", caseId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from case_progress where case_id = ?", caseId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void concurrentDispatchersDeliverEveryRevisionToEachSubscriberWithoutADuplicateEffect() throws Exception {
        WebhookReceiver steady = receiver();
        WebhookReceiver flaky = receiver();
        flaky.downFor(3);
        flaky.loseAcknowledgementFor(2);
        LocalDate today = clock.today();
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
            cases.confirmIntake(caseId);
            caseIds.add(caseId);
        }
        List<String> steadyKeys = keys(caseIds, 0);
        List<String> flakyKeys = keys(caseIds, 1);

        for (int round = 0; round < 5 && flaky.applied().size() < flakyKeys.size(); round++) {
            parallelPasses(3);
            ClockUtil.setCurrentTime(Date.from(clock.now().plus(Duration.ofHours(1))));
        }

        assertThat(steady.applied()).containsOnlyKeys(steadyKeys);
        assertThat(flaky.applied()).containsOnlyKeys(flakyKeys);
        assertThat(steady.requests()).hasSize(steadyKeys.size());
        assertThat(flaky.requests()).hasSize(flakyKeys.size() + 3 + 2);
        assertThat(steady.requests()).allMatch(WebhookReceiver.Request::signatureValid);
        assertThat(outbox.findAll()).filteredOn(e -> steadyKeys.contains(e.getIdempotencyKey())
                || flakyKeys.contains(e.getIdempotencyKey())).allMatch(e -> e.getStatus() == OutboxEvent.Status.DELIVERED);
    }

    @Test
    void twoCheckpointsCommittedAtTheSameTimeAreJudgedTogether() throws Exception {
        WebhookReceiver receiver = receiver();
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId); // the opinion stage starts: 意見書依頼
        history.append(caseId, CaseEventType.SURVEY_REQUESTED, "it", null);
        int revision = revision(caseId);

        CountDownLatch surveyAppended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> survey = pool.submit(() -> tx.executeWithoutResult(s -> {
                history.append(caseId, CaseEventType.SURVEY_COMPLETED, "surveyor", null);
                surveyAppended.countDown();
                await(release);
            }));
            await(surveyAppended);
            Future<?> opinion = pool.submit(() -> tx.executeWithoutResult(
                    s -> history.append(caseId, CaseEventType.OPINION_ACCEPTED, "clerk", null)));
            waitUntilBlockedOrDone(opinion);
            release.countDown();
            survey.get(30, TimeUnit.SECONDS);
            opinion.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(progress.of(caseId).current().state()).as("the second saw the first").isEqualTo(PublicState.BOARD);
        assertThat(revision(caseId)).isEqualTo(revision + 2);
        assertThat(keys(List.of(caseId), 0)).doesNotHaveDuplicates().hasSize(revision + 2);
        receiver.close();
    }

    /** Until the second transaction waits for the case's lock (pg_stat_activity) or, without one, finishes. */
    private void waitUntilBlockedOrDone(Future<?> second) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!second.isDone() && System.nanoTime() < deadline && jdbc.queryForObject(
                "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
                Integer.class) == 0) {
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void parallelPasses(int nodes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Callable<Integer>> passes = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                passes.add(dispatcher::runOnce);
            }
            for (Future<Integer> f : pool.invokeAll(passes)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private WebhookReceiver receiver() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver();
        receivers.add(receiver);
        var r = subscriptions.register("PostgreSQL 受信 " + receivers.size(), receiver.url(), Audience.INSURER);
        receiver.secret(r.secret());
        registered.add(r.subscription().getId());
        return receiver;
    }

    private List<String> keys(List<String> caseIds, int receiverIndex) {
        String prefix = "webhook:" + registered.get(receiverIndex) + ":";
        return caseIds.stream().flatMap(c -> outbox.findByCaseIdOrderByIdAsc(c).stream())
                .map(OutboxEvent::getIdempotencyKey).filter(k -> k.startsWith(prefix)).toList();
    }

    private int count(String table, String caseId) {
        return jdbc.queryForObject("select count(*) from " + table + " where case_id = ?", Integer.class, caseId);
    }

    private int revision(String caseId) {
        return jdbc.queryForObject("select revision from shared_record where case_id = ?", Integer.class, caseId);
    }
}
