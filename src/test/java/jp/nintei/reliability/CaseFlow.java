package jp.nintei.reliability;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import jp.nintei.opinion.OpinionTestData;

/**
 * Cases as staff and systems move them, over HTTP only: 申請 (POST /api/applications),
 * 申請内容確認 and 依頼先の選択 (engine REST task completion), the 依頼書 job (PDF into the
 * document register, mail to the electronic institution via the outbox), the opinion arriving
 * electronically (PUT with Idempotency-Key), the 回答の確認 job, 意見書の確認, and finally 取下げ
 * (POST …/withdrawal, then the 取下げを記録 job ends the case). Every change of the shared-info
 * record on the way is one webhook per subscriber.
 * <p>
 * Each step looks at the case's state first and does only what is still missing, so a request
 * whose answer was lost to a crash is simply looked at again: the driver never guesses.
 */
final class CaseFlow {

    static final String INSURER = "139998";
    static final String INSTITUTION = "9900000777";
    static final String PHYSICIAN = "T-RELIABLE";
    static final String REASON = "信頼性試験のための取下げ";

    /** One case of the run, known by its insured person until the intake is known to have landed. */
    static final class Case {
        final String insuredNumber;
        volatile String caseId;
        volatile boolean opinionSent;
        volatile boolean withdrawalAsked;
        volatile boolean done;
        volatile String lastProblem;

        Case(String insuredNumber) {
            this.insuredNumber = insuredNumber;
        }
    }

    private final ReliabilityDatabase db;
    private final List<Case> cases = new ArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger lostAnswers = new AtomicInteger();
    private final AtomicInteger refusedConnections = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private final Map<String, AtomicInteger> steps = new ConcurrentHashMap<>();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    CaseFlow(ReliabilityDatabase db, int count) {
        this.db = db;
        for (int i = 1; i <= count; i++) {
            cases.add(new Case(String.format("77%08d", i)));
        }
    }

    List<Case> cases() {
        return cases;
    }

    /** Master data the cases need, and the webhook subscription; the secret goes to the sink. */
    void setUp(NinteiApi admin, WebhookSink sink) throws IOException, InterruptedException {
        require(admin.put("/api/insurers/" + INSURER, Map.of("name", "信頼性試験市"), Map.of()));
        for (Case c : cases) {
            require(admin.put("/api/insured-persons/" + c.insuredNumber, Map.of(
                    "insurerNumber", INSURER, "name", "試験 太郎", "nameKana", "シケン タロウ",
                    "birthDate", today.minusYears(80).toString(), "sex", "MALE", "address", "信頼性試験市本町1-1"),
                    Map.of()));
        }
        require(admin.put("/api/medical-institutions/" + INSTITUTION, Map.of("name", "信頼性試験病院",
                "address", "信頼性試験市本町2-2", "phone", "03-0000-0777", "email", "opinion@reliability.example.jp",
                "electronicSubmission", true, "active", true), Map.of()));
        require(admin.put("/api/medical-institutions/" + INSTITUTION + "/physicians/" + PHYSICIAN,
                Map.of("name", "主治医 一郎", "department", "内科", "designated", false, "active", true), Map.of()));
        var registered = require(admin.post("/api/shared-info/webhooks",
                Map.of("name", "信頼性試験の受信側", "url", sink.url(), "audience", "INSURER")));
        sink.secret(registered.body().get("secret").asText());
    }

    /**
     * Advances every case until all are done or the limit passes, {@code workers} cases at a time;
     * new cases are admitted a few per round so intake keeps happening throughout. Each request
     * goes to the node {@code route} names at that moment. Returns whether all cases are done.
     */
    boolean drive(Supplier<NinteiApi> route, int workers, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            Instant nextReport = Instant.now();
            int admitted = (int) cases.stream().filter(c -> c.caseId != null || c.done).count();
            while (Instant.now().isBefore(deadline)) {
                admitted = Math.min(cases.size(), admitted + 2);
                int refusedBefore = refusedConnections.get();
                List<Future<?>> round = new ArrayList<>();
                for (Case c : cases.subList(0, admitted)) {
                    if (!c.done) {
                        round.add(pool.submit(() -> step(c, route.get())));
                    }
                }
                for (Future<?> f : round) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IllegalStateException(e.getCause());
                    }
                }
                if (admitted == cases.size() && cases.stream().allMatch(c -> c.done)) {
                    return true;
                }
                if (Instant.now().isAfter(nextReport)) {
                    System.out.println(progress());
                    nextReport = Instant.now().plusSeconds(20);
                }
                // While the node is down every request is refused at once: wait a little longer then.
                Thread.sleep(refusedConnections.get() > refusedBefore ? 1000 : 300);
            }
            return false;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private void step(Case c, NinteiApi api) {
        inFlight.incrementAndGet();
        try {
            calls.incrementAndGet();
            advance(c, api);
        } catch (java.net.ConnectException e) {
            // The node is down: nothing was sent.
            refusedConnections.incrementAndGet();
            c.lastProblem = e.toString();
        } catch (IOException e) {
            // The node died during the request: whether it took effect is found out next round.
            lostAnswers.incrementAndGet();
            c.lastProblem = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            c.lastProblem = e.toString();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void advance(Case c, NinteiApi api) throws IOException, InterruptedException, SQLException {
        if (c.caseId == null) {
            receive(c, api);
            return;
        }
        for (JsonNode task : api.get("/engine-rest/task?processInstanceBusinessKey=" + c.caseId).body()) {
            switch (task.path("taskDefinitionKey").asText()) {
                case "Task_ConfirmIntake" -> complete(c, api, task, "intakeDecision", "accept");
                case "Task_SelectPhysician" -> complete(c, api, task, "physicianCode", PHYSICIAN);
                case "Task_CheckOpinion" -> complete(c, api, task, "checkDecision", "accept");
                default -> {
                    // 調査員の割当 stays open: the survey is not part of this flow.
                }
            }
        }
        Map<String, JsonNode> instances = new HashMap<>();
        for (JsonNode pi : api.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + c.caseId).body()) {
            instances.put(pi.path("processDefinitionKey").asText(), pi);
        }
        JsonNode certification = instances.get("certification");
        if (certification == null) {
            return;
        }
        if (!"ACTIVE".equals(certification.path("state").asText())) {
            c.done = true;
            return;
        }
        JsonNode opinion = instances.get("physician-opinion");
        if (opinion == null) {
            return;
        }
        String opinionState = opinion.path("state").asText();
        if ("ACTIVE".equals(opinionState) && !c.opinionSent && requestSent(api, opinion.path("id").asText())) {
            sendOpinion(c, api);
        } else if ("COMPLETED".equals(opinionState) && !c.withdrawalAsked) {
            var r = api.post("/api/applications/" + c.caseId + "/withdrawal", Map.of("reason", REASON));
            // 409: asked before (an earlier answer was lost), the message has already ended the review.
            if (r.ok() || r.status() == 409) {
                c.withdrawalAsked = true;
                count("withdrawal");
            } else {
                refused(c, "withdrawal", r);
            }
        }
    }

    private void receive(Case c, NinteiApi api) throws IOException, InterruptedException, SQLException {
        var existing = db.caseOf(c.insuredNumber);
        if (existing.isPresent()) {
            c.caseId = existing.get();
            return;
        }
        var intake = new HashMap<String, Object>();
        intake.put("insuredNumber", c.insuredNumber);
        intake.put("applicationType", "NEW");
        intake.put("receivedDate", today.toString());
        intake.put("applicantKind", "SELF");
        intake.put("consentToShare", true);
        intake.put("attendingPhysicianName", "主治医 一郎");
        intake.put("medicalInstitutionName", "信頼性試験病院");
        var r = api.post("/api/applications", intake);
        if (r.ok()) {
            c.caseId = r.body().path("caseId").asText();
            count("intake");
        } else {
            // e.g. 409 "already an open application": an earlier POST landed; found by the look-up next round.
            refused(c, "intake", r);
        }
    }

    private boolean requestSent(NinteiApi api, String opinionInstanceId) throws IOException, InterruptedException {
        var r = api.get("/engine-rest/history/activity-instance?processInstanceId=" + opinionInstanceId
                + "&activityId=Task_SendRequest&finished=true");
        return r.ok() && r.body().size() > 0;
    }

    private void sendOpinion(Case c, NinteiApi api) throws IOException, InterruptedException {
        var body = Map.of("physicianName", "主治医 一郎", "institutionName", "信頼性試験病院",
                "content", OpinionTestData.complete(today));
        // The same key on every attempt: a repeat of a PUT that landed is answered 200 and changes nothing.
        var r = api.put("/api/cases/" + c.caseId + "/physician-opinion", body, Map.of("Idempotency-Key", "reliability-" + c.caseId));
        if (r.ok()) {
            c.opinionSent = true;
            count("opinion");
        } else {
            refused(c, "opinion", r);
        }
    }

    private void complete(Case c, NinteiApi api, JsonNode task, String variable, String value)
            throws IOException, InterruptedException {
        var body = Map.of("variables", Map.of(variable, Map.of("value", value, "type", "String")));
        var r = api.post("/engine-rest/task/" + task.path("id").asText() + "/complete", body);
        if (r.ok()) {
            count(task.path("taskDefinitionKey").asText());
        } else {
            refused(c, task.path("taskDefinitionKey").asText(), r);
        }
    }

    private void refused(Case c, String step, NinteiApi.Response r) {
        refusals.incrementAndGet();
        c.lastProblem = step + ": HTTP " + r.status() + " " + (r.text() == null ? "" : r.text().substring(0, Math.min(300, r.text().length())));
    }

    private void count(String step) {
        steps.computeIfAbsent(step, k -> new AtomicInteger()).incrementAndGet();
    }

    private static NinteiApi.Response require(NinteiApi.Response r) {
        if (!r.ok()) {
            throw new IllegalStateException("set-up call refused: HTTP " + r.status() + " " + r.text());
        }
        return r;
    }

    /** Steps that succeeded so far (intake, task completions, opinion, withdrawal). */
    int stepsDone() {
        return steps.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Cases whose step (one or more HTTP requests) is under way right now. */
    int stepsInFlight() {
        return inFlight.get();
    }

    /** Requests that found the node down (connection refused): nothing was sent. */
    int refusedConnections() {
        return refusedConnections.get();
    }

    int lostAnswers() {
        return lostAnswers.get();
    }

    int refusals() {
        return refusals.get();
    }

    int calls() {
        return calls.get();
    }

    Map<String, Integer> steps() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        steps.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    String progress() {
        return String.format("[driver %tT] received %d, opinion sent %d, withdrawal asked %d, done %d of %d; lost answers %d",
                new java.util.Date(), cases.stream().filter(c -> c.caseId != null).count(),
                cases.stream().filter(c -> c.opinionSent).count(), cases.stream().filter(c -> c.withdrawalAsked).count(),
                cases.stream().filter(c -> c.done).count(), cases.size(), lostAnswers.get());
    }

    /** Cases not done, with what last went wrong, for the failure message. */
    String unfinished() {
        StringBuilder out = new StringBuilder();
        cases.stream().filter(c -> !c.done).limit(10).forEach(c -> out.append("\n  ").append(c.insuredNumber)
                .append(" case ").append(c.caseId).append(": ").append(c.lastProblem));
        return out.toString();
    }
}
