package jp.nintei.kpi;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;

import jp.nintei.support.TestData;

/**
 * Writes a hand-built history straight into the registers the KPIs read (application, case
 * history, decision), for an insurer of its own so that other tests' cases do not count.
 * Times are Japan time; a milestone at 00:30 JST is the previous day in UTC.
 */
final class KnownHistory {

    static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private final JdbcTemplate jdbc;
    final String insurerNumber;
    private final long insurerId;
    private int cases;

    KnownHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.insurerNumber = String.valueOf(ThreadLocalRandom.current().nextInt(800_000, 899_999));
        jdbc.update("insert into insurer (insurer_number, name) values (?, ?)", insurerNumber, "集計市" + insurerNumber);
        this.insurerId = jdbc.queryForObject("select id from insurer where insurer_number = ?", Long.class, insurerNumber);
    }

    /** A case received on a day, with the application type and the levels the board started from and set. */
    Case received(String type, LocalDate received) {
        String caseId = "K" + insurerNumber + "-" + (++cases);
        String number = TestData.uniqueNumber();
        jdbc.update("""
                insert into insured_person (insurer_id, insured_number, name, name_kana, birth_date, sex, address)
                values (?, ?, '集計 太郎', 'シュウケイ タロウ', ?, 'MALE', '集計市1-1')""",
                insurerId, number, LocalDate.of(1940, 1, 1));
        long personId = jdbc.queryForObject("select id from insured_person where insured_number = ?", Long.class, number);
        jdbc.update("""
                insert into certification_application (case_id, insurer_id, insured_person_id, application_type,
                    received_date, decision_due_date, applicant_kind, consent_to_share, state, created_at, created_by, version)
                values (?, ?, ?, ?, ?, ?, 'SELF', true, 'IN_REVIEW', ?, 'kpi-test', 0)""",
                caseId, insurerId, personId, type, received, received.plusDays(30), at(received, 9, 0));
        Case c = new Case(caseId);
        c.event("APPLICATION_RECEIVED", received, 9, 0);
        return c;
    }

    static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return OffsetDateTime.of(day, LocalTime.of(hour, minute), JST);
    }

    final class Case {

        final String caseId;

        Case(String caseId) {
            this.caseId = caseId;
        }

        Case event(String type, LocalDate day, int hour, int minute) {
            jdbc.update("insert into case_event (case_id, event_type, occurred_at, actor, detail) values (?, ?, ?, 'kpi-test', null)",
                    caseId, type, at(day, hour, minute));
            return this;
        }

        Case surveyed(LocalDate day) {
            return event("SURVEY_COMPLETED", day, 15, 0);
        }

        Case opinionReceived(LocalDate day) {
            return event("OPINION_RECEIVED", day, 11, 0);
        }

        /** The decision on a day; a null primary level is a decision migrated without it. */
        Case decided(LocalDate day, String primary, String level) {
            event("DECIDED", day, 16, 0);
            jdbc.update("""
                    insert into certification_decision (case_id, care_level, primary_care_level, decision_date, decided_at)
                    values (?, ?, ?, ?, ?)""", caseId, level, primary, day, at(day, 16, 0));
            return this;
        }

        /** A decision recorded before the 認定日 was kept: only its time is known. */
        Case decidedWithoutDate(LocalDate day, String level) {
            jdbc.update("insert into certification_decision (case_id, care_level, decided_at) values (?, ?, ?)",
                    caseId, level, at(day, 16, 0));
            return this;
        }
    }
}
