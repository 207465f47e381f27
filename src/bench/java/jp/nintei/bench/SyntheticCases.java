package jp.nintei.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Bulk-loads synthetic cases for the read benchmark with INSERT … SELECT generate_series: one
 * insured person, application, case event, progress row(s) and shared-info record per case,
 * each a copy of a template case the application created itself (so every column holds what
 * the application writes; only ids, numbers and dates vary). Insured numbers 1000000001… are
 * below TestData's range. Foreign-key triggers are off for the load (session_replication_role),
 * the rows are consistent by construction; ANALYZE afterwards so the planner knows the sizes.
 */
final class SyntheticCases {

    static final long FIRST_NUMBER = 1_000_000_001L;

    private SyntheticCases() {
    }

    static String insuredNumber(long i) {
        return String.valueOf(FIRST_NUMBER + i);
    }

    static String caseId(long i) {
        return String.format("SYN-%08d", i);
    }

    /** Loads cases 0 … count-1 copied from the template case. */
    static void load(String url, String user, String password, String templateCaseId, int count) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
                s.execute("set local work_mem = '64MB'");
            }
            String template = "(select a.*, p.insured_number as t_number from certification_application a"
                    + " join insured_person p on p.id = a.insured_person_id where a.case_id = ?)";
            exec(c, """
                    insert into insured_person (insurer_id, insured_number, name, name_kana, birth_date, sex,
                        postal_code, address, phone, specified_disease)
                    select p.insurer_id, (? + g)::text, '合成 ' || g, 'ゴウセイ ' || g,
                        p.birth_date - (g % 3650)::int, case when g % 2 = 0 then 'FEMALE' else 'MALE' end,
                        p.postal_code, 'テスト市合成町' || (g % 1000) || '-' || (g % 97), p.phone, null
                    from insured_person p, generate_series(0, ? - 1) g
                    where p.id = (select insured_person_id from certification_application where case_id = ?)""",
                    FIRST_NUMBER, count, templateCaseId);
            exec(c, """
                    insert into certification_application (case_id, insurer_id, insured_person_id, application_type,
                        received_date, decision_due_date, applicant_kind, applicant_name, proxy_office_name,
                        proxy_office_number, consent_to_share, specified_disease, attending_physician_name,
                        medical_institution_name, previous_certificate_id, state, closed_reason, closed_at,
                        created_at, created_by, version)
                    select 'SYN-' || lpad((p.insured_number::bigint - ?)::text, 8, '0'), t.insurer_id, p.id,
                        t.application_type, t.received_date - (p.id % 60)::int, t.decision_due_date - (p.id % 60)::int,
                        t.applicant_kind, t.applicant_name, t.proxy_office_name, t.proxy_office_number,
                        t.consent_to_share, t.specified_disease, t.attending_physician_name,
                        t.medical_institution_name, null, t.state, null, null,
                        t.created_at - make_interval(days => (p.id % 60)::int), 'bench', 0
                    from insured_person p, {template} t
                    where p.insured_number >= ? and length(p.insured_number) = 10 and p.insured_number < ?""".replace("{template}", template),
                    FIRST_NUMBER, templateCaseId, insuredNumber(0), insuredNumber(count));
            exec(c, """
                    insert into case_event (case_id, event_type, occurred_at, actor, detail)
                    select a.case_id, e.event_type, a.created_at, e.actor, e.detail
                    from certification_application a,
                        (select * from case_event where case_id = ? order by id limit 1) e
                    where a.case_id like 'SYN-%'""", templateCaseId);
            exec(c, """
                    insert into case_progress (case_id, public_state, expected_date, expected_basis,
                        decision_expected_date, decision_expected_basis, recorded_at, recorded_by, cause_event_id)
                    select e.case_id, t.public_state, t.expected_date, t.expected_basis, t.decision_expected_date,
                        t.decision_expected_basis, e.occurred_at + (t.recorded_at - t0.recorded_at), t.recorded_by, e.id
                    from case_event e,
                        (select * from case_progress where case_id = ?) t,
                        (select min(recorded_at) as recorded_at from case_progress where case_id = ?) t0
                    where e.case_id like 'SYN-%'""", templateCaseId, templateCaseId);
            exec(c, """
                    insert into shared_record (case_id, insured_number, insurer_number, revision, resident_consent,
                        physician_consent, notified, content, created_at, updated_at)
                    select a.case_id, p.insured_number, r.insurer_number, r.revision, r.resident_consent,
                        r.physician_consent, r.notified,
                        replace(replace(r.content, r.case_id, a.case_id), t.t_number, p.insured_number),
                        a.created_at, a.created_at
                    from certification_application a
                    join insured_person p on p.id = a.insured_person_id,
                        shared_record r, {template} t
                    where a.case_id like 'SYN-%' and r.case_id = ?""".replace("{template}", template),
                    templateCaseId, templateCaseId);
            c.commit();
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("analyze insured_person, certification_application, case_event, case_progress, shared_record");
            }
        }
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            int rows = p.executeUpdate();
            String table = sql.strip().split("\\s+")[2];
            System.out.printf("[bench] loaded %,d rows into %s in %.1f s%n", rows, table, (System.nanoTime() - start) / 1e9);
        }
    }
}
