package jp.nintei.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * Crash: one app node (the packaged jar, profile postgres) is killed with SIGKILL at random
 * moments while cases flow through REST calls and its job executor, and started again, a
 * bounded number of times. Afterwards every case is in the database and the engine exactly
 * once, no stage's external effect (letter, mail, opinion, checkpoint) happened twice, and no
 * outbox event is missing or undelivered. Runs only in the Maven profile {@code reliability}.
 */
class CrashReliabilityIT {

    @Test
    void killNineWhileCasesFlowLosesNothingAndRepeatsNothing() throws Exception {
        int caseCount = ReliabilityRun.intSetting("cases", 12);
        int kills = ReliabilityRun.intSetting("kills", 5);
        try (var run = new ReliabilityRun("crash"); AppNode node = run.node("node-a")) {
            Random random = new Random(run.seed);
            node.start();
            run.db.createApiClient(run.clientId, run.secret);
            NinteiApi api = run.api(node);
            CaseFlow flow = new CaseFlow(run.db, caseCount);
            flow.setUp(api, run.sink);

            List<String> killLog = new ArrayList<>();
            AtomicReference<Throwable> killerFailed = new AtomicReference<>();
            Thread killer = new Thread(() -> {
                try {
                    for (int k = 1; k <= kills; k++) {
                        // At a random point of the flow: after 1–4 more steps have succeeded since the
                        // last start, plus up to 1.5 s, so the kill lands in requests and jobs alike.
                        int target = flow.stepsDone() + 1 + random.nextInt(4);
                        Instant limit = Instant.now().plus(Duration.ofMinutes(5));
                        while (flow.stepsDone() < target && Instant.now().isBefore(limit)) {
                            Thread.sleep(200);
                        }
                        Thread.sleep(random.nextInt(1500));
                        long inFlight = flow.cases().stream().filter(c -> c.caseId != null && !c.done).count();
                        long notStarted = flow.cases().stream().filter(c -> c.caseId == null).count();
                        int requests = flow.stepsInFlight();
                        long jobsLocked = run.db.count("select count(*) from act_ru_job where lock_owner_ is not null");
                        node.kill();
                        killLog.add("kill " + k + ": " + inFlight + " cases open, " + notStarted + " not yet received, "
                                + requests + " driver steps and " + jobsLocked + " locked jobs under way");
                        node.start();
                    }
                } catch (Throwable e) {
                    killerFailed.set(e);
                }
            }, "killer");
            killer.start();

            flow.drive(() -> api, 2, Duration.ofMinutes(15));
            killer.join(Duration.ofMinutes(6).toMillis());
            assertThat(killerFailed.get()).as("killer").isNull();
            // Kills after the last case finished hit only outbox deliveries; this returns at once then.
            boolean allDone = flow.drive(() -> api, 2, Duration.ofMinutes(3));
            boolean drained = run.outboxDrained(Duration.ofMinutes(3));

            Ledger ledger = Ledger.of(run.db, flow.cases(), run.sink);
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("seed", run.seed);
            facts.put("kills (SIGKILL + restart)", killLog.size());
            killLog.forEach(line -> facts.put("  " + line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 2)));
            facts.put("driver requests whose answer was lost", flow.lostAnswers());
            facts.put("driver requests refused while down", flow.refusedConnections());
            facts.put("driver requests refused (state moved on)", flow.refusals());
            facts.put("driver steps done", flow.steps());
            System.out.println(ledger.table("Crash: kill -9 while cases flow", facts));

            assertThat(killLog).hasSize(kills);
            assertThat(allDone).as("all cases done; unfinished:" + flow.unfinished()).isTrue();
            assertThat(drained).as("outbox drained").isTrue();
            assertThat(ledger.mustBeZero()).allSatisfy((name, n) -> assertThat(n).as(name).isZero());
            node.stop(Duration.ofSeconds(30));
        }
    }
}
