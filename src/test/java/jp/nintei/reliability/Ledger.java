package jp.nintei.reliability;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run left behind, read from the database and the webhook subscriber: each figure that
 * must be zero is a case stored twice or lost, an effect that happened twice, or an event lost.
 */
record Ledger(Map<String, Long> mustBeZero, Map<String, Long> figures, Map<String, Long> jobsPerNode) {

    static Ledger of(ReliabilityDatabase db, List<CaseFlow.Case> cases, WebhookSink sink) throws SQLException {
        Map<String, Long> zero = new LinkedHashMap<>();
        Map<String, Long> figures = new LinkedHashMap<>();
        List<String> insured = cases.stream().map(c -> c.insuredNumber).toList();
        String numbers = "'" + String.join("','", insured) + "'";

        // Every case exactly once in the database ...
        Map<String, Long> perPerson = db.counts("""
                select p.insured_number, count(a.case_id) from insured_person p
                left join certification_application a on a.insured_person_id = p.id
                where p.insured_number in (%s) group by p.insured_number""".formatted(numbers));
        zero.put("cases missing in applications", perPerson.values().stream().filter(n -> n == 0).count());
        zero.put("cases twice in applications", perPerson.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum());
        figures.put("cases", (long) perPerson.size());
        figures.put("withdrawn (done)", db.count("select count(*) from certification_application where state = 'WITHDRAWN'"));

        // ... and in the engine: one certification instance per case, and one of each stage.
        for (String key : new String[] {"certification", "physician-opinion", "survey"}) {
            Map<String, Long> perCase = db.counts("""
                    select a.case_id, count(h.id_) from certification_application a
                    left join act_hi_procinst h on h.business_key_ = a.case_id and h.proc_def_key_ = ?
                    group by a.case_id""", key);
            zero.put(key + " instance missing", perCase.values().stream().filter(n -> n == 0).count());
            zero.put(key + " instances twice", perCase.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum());
        }
        zero.put("certification instances not ended",
                db.count("select count(*) from act_hi_procinst where proc_def_key_ = 'certification' and end_time_ is null"));
        zero.put("incidents", db.count("select count(*) from act_ru_incident"));

        // No external effect twice: one request, one letter, one mail per case; no checkpoint twice.
        zero.put("opinion requests twice", excess(db, "select case_id, count(*) from opinion_request group by case_id"));
        zero.put("request letters twice", excess(db,
                "select case_id, count(*) from issued_document where kind = 'OPINION_REQUEST_LETTER' group by case_id"));
        zero.put("request letters missing", db.count("""
                select count(*) from certification_application a where not exists (select 1 from issued_document d
                where d.case_id = a.case_id and d.kind = 'OPINION_REQUEST_LETTER')"""));
        zero.put("request mails twice", excess(db, """
                select case_id, count(*) from outbox_event where topic = 'mail' and idempotency_key like 'opinion-request:%'
                group by case_id"""));
        zero.put("opinions stored twice", excess(db, "select case_id, count(*) from physician_opinion group by case_id"));
        zero.put("checkpoints recorded twice", excess(db,
                "select case_id || ' ' || event_type, count(*) from case_event group by case_id, event_type"));
        zero.put("outbox keys twice", excess(db,
                "select idempotency_key, count(*) from outbox_event group by idempotency_key"));

        // No outbox event lost: every revision of every case's shared record became a webhook event,
        // every delivered one reached the subscriber, and the subscriber got nothing unknown.
        Set<String> expected = new HashSet<>(db.strings("""
                select 'webhook:' || s.id || ':' || r.case_id || ':' || g.n
                from shared_record r cross join webhook_subscription s
                cross join lateral generate_series(1, r.revision) as g(n)"""));
        Set<String> queued = new HashSet<>(db.strings("select idempotency_key from outbox_event where topic = 'webhook'"));
        Set<String> delivered = new HashSet<>(db.strings(
                "select idempotency_key from outbox_event where topic = 'webhook' and status = 'DELIVERED'"));
        Set<String> received = sink.appliedKeys();
        zero.put("webhook events lost (revision without event)", expected.stream().filter(k -> !queued.contains(k)).count());
        zero.put("delivered but never received", delivered.stream().filter(k -> !received.contains(k)).count());
        zero.put("received but not in outbox", received.stream().filter(k -> !queued.contains(k)).count());
        zero.put("keys received with two bodies", (long) sink.conflictingKeys().size());
        zero.put("bad signatures", (long) sink.badSignatures());
        zero.put("outbox events still pending", db.count("select count(*) from outbox_event where status = 'PENDING'"));
        zero.put("outbox dead letters", db.count("select count(*) from outbox_event where status = 'DEAD'"));

        figures.put("webhook events", (long) queued.size());
        figures.put("webhook requests received", (long) sink.requests());
        figures.put("webhook repeats dropped by key", (long) sink.repeats());
        figures.put("mail events", db.count("select count(*) from outbox_event where topic = 'mail'"));
        figures.put("documents issued", db.count("select count(*) from issued_document"));
        figures.put("case jobs run", db.count("select count(*) from act_hi_job_log where job_state_ = 2 and " + CASE_JOBS));
        figures.put("case job runs failed (retried)",
                db.count("select count(*) from act_hi_job_log where job_state_ = 1 and " + CASE_JOBS));

        Map<String, Long> perNode = jobsPerNode(db);
        return new Ledger(zero, figures, perNode);
    }

    /** Jobs of cases (async continuations, timers), not the engine's own history cleanup. */
    static final String CASE_JOBS = "process_def_key_ is not null";

    /** Successful case jobs per node (the engine's host name in the job log). */
    static Map<String, Long> jobsPerNode(ReliabilityDatabase db) throws SQLException {
        return db.counts("select coalesce(hostname_, '?'), count(*) from act_hi_job_log where job_state_ = 2 and "
                + CASE_JOBS + " group by hostname_ order by hostname_");
    }

    private static long excess(ReliabilityDatabase db, String sql) throws SQLException {
        return db.counts(sql).values().stream().mapToLong(n -> Math.max(0, n - 1)).sum();
    }

    long problems() {
        return mustBeZero.values().stream().mapToLong(Long::longValue).sum();
    }

    String table(String title, Map<String, ?> run) {
        StringBuilder out = new StringBuilder("\n=== ").append(title).append('\n');
        run.forEach((k, v) -> out.append(String.format("  %-48s %s%n", k, v)));
        figures.forEach((k, v) -> out.append(String.format("  %-48s %d%n", k, v)));
        jobsPerNode.forEach((k, v) -> out.append(String.format("  %-48s %d%n", "jobs run on " + k, v)));
        mustBeZero.forEach((k, v) -> out.append(String.format("  %-48s %d%s%n", k, v, v == 0 ? "" : "   <-- must be 0")));
        return out.toString();
    }
}
