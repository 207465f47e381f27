package jp.nintei.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * Cluster: two app nodes (the packaged jar, profile postgres, different ports, both with job
 * executors) on one PostgreSQL database. Requests go to either node; the jobs they create run on
 * both (the engine's host name in ACT_HI_JOB_LOG says where). Once both nodes have run case jobs
 * and a third of the cases are done, node-b is stopped mid-flow (SIGTERM, SIGKILL after 2 s) and taken out of the routing; node-a finishes every case, nothing twice, nothing lost.
 * Runs only in the Maven profile {@code reliability}.
 */
class ClusterReliabilityIT {

    private static final String BUSY = """
            select (select count(*) from act_ru_job where lock_owner_ is not null)
                 + (select count(*) from outbox_event where status = 'PENDING' and locked_until > now())""";

    @Test
    void twoNodesShareTheJobsAndStoppingOneMidFlowLosesNothing() throws Exception {
        int caseCount = ReliabilityRun.intSetting("cases", 12);
        try (var run = new ReliabilityRun("cluster"); AppNode a = run.node("node-a"); AppNode b = run.node("node-b")) {
            Random random = new Random(run.seed);
            a.start();
            run.db.createApiClient(run.clientId, run.secret);
            b.start();
            NinteiApi apiA = run.api(a);
            NinteiApi apiB = run.api(b);
            CaseFlow flow = new CaseFlow(run.db, caseCount);
            flow.setUp(apiA, run.sink);

            AtomicReference<List<NinteiApi>> routes = new AtomicReference<>(List.of(apiA, apiB));
            Supplier<NinteiApi> route = () -> {
                List<NinteiApi> live = routes.get();
                synchronized (random) {
                    return live.get(random.nextInt(live.size()));
                }
            };
            Map<String, Object> facts = new LinkedHashMap<>();
            AtomicReference<Throwable> stopperFailed = new AtomicReference<>();
            Thread stopper = new Thread(() -> {
                try {
                    Instant limit = Instant.now().plus(Duration.ofMinutes(15));
                    while (Instant.now().isBefore(limit)) {
                        long done = flow.cases().stream().filter(c -> c.done).count();
                        Map<String, Long> jobs = Ledger.jobsPerNode(run.db);
                        if (done * 3 >= caseCount && jobs.getOrDefault("node-a", 0L) > 0 && jobs.getOrDefault("node-b", 0L) > 0) {
                            break;
                        }
                        Thread.sleep(1000);
                    }
                    // Stop at a moment when work is under way: a job locked by an executor or an outbox
                    // event claimed by a dispatcher (on either node; bounded wait).
                    Instant busyLimit = Instant.now().plus(Duration.ofSeconds(60));
                    while (Instant.now().isBefore(busyLimit) && run.db.count(BUSY) == 0) {
                        Thread.sleep(50);
                    }
                    facts.put("case jobs per node before the stop", Ledger.jobsPerNode(run.db));
                    facts.put("cases done / in flight at the stop", flow.cases().stream().filter(c -> c.done).count() + " / "
                            + flow.cases().stream().filter(c -> c.caseId != null && !c.done).count());
                    facts.put("jobs locked / outbox events claimed at the stop",
                            run.db.count("select count(*) from act_ru_job where lock_owner_ is not null") + " / "
                                    + run.db.count("select count(*) from outbox_event where status = 'PENDING' and locked_until > now()"));
                    routes.set(List.of(apiA));
                    boolean graceful = b.stop(Duration.ofSeconds(2));
                    facts.put("node-b stopped by", graceful ? "SIGTERM (ended within 2 s)" : "SIGTERM, then SIGKILL after 2 s");
                } catch (Throwable e) {
                    stopperFailed.set(e);
                }
            }, "stopper");
            stopper.start();

            flow.drive(route, 2, Duration.ofMinutes(20));
            stopper.join(Duration.ofMinutes(2).toMillis());
            assertThat(stopperFailed.get()).as("stopper").isNull();
            boolean allDone = flow.drive(() -> apiA, 2, Duration.ofMinutes(3));
            boolean drained = run.outboxDrained(Duration.ofMinutes(3));

            Ledger ledger = Ledger.of(run.db, flow.cases(), run.sink);
            @SuppressWarnings("unchecked")
            Map<String, Long> before = (Map<String, Long>) facts.get("case jobs per node before the stop");
            facts.put("case jobs node-a ran after the stop",
                    ledger.jobsPerNode().getOrDefault("node-a", 0L) - before.getOrDefault("node-a", 0L));
            facts.put("seed", run.seed);
            facts.put("nodes", "node-a " + a.baseUrl() + ", node-b " + b.baseUrl());
            facts.put("driver requests whose answer was lost", flow.lostAnswers());
            facts.put("driver requests refused by a stopped node", flow.refusedConnections());
            facts.put("driver requests refused (state moved on)", flow.refusals());
            facts.put("driver steps done", flow.steps());
            System.out.println(ledger.table("Cluster: two nodes, node-b stopped mid-flow", facts));

            assertThat(before).as("both nodes ran case jobs").containsKeys("node-a", "node-b");
            assertThat(b.running()).as("node-b stopped").isFalse();
            assertThat(allDone).as("all cases done on node-a; unfinished:" + flow.unfinished()).isTrue();
            assertThat(drained).as("outbox drained").isTrue();
            assertThat(ledger.mustBeZero()).allSatisfy((name, n) -> assertThat(n).as(name).isZero());
            a.stop(Duration.ofSeconds(30));
        }
    }
}
