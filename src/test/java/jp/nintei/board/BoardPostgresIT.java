package jp.nintei.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jp.nintei.application.ApplicationType;
import jp.nintei.board.packet.BoardPackets;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.support.BoardDriver;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * On PostgreSQL: a packet job and a change of the session that overlap collide on the
 * session's version instead of issuing packets of a revision that is already outdated; the
 * retried job then issues the newest. Issued packets cannot be rewritten.
 */
@PostgresTest
class BoardPostgresIT {

    @Autowired CaseDriver cases;
    @Autowired BoardDriver board;
    @Autowired BoardSessions sessions;
    @Autowired BoardPackets packets;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired BusinessClock clock;
    @Autowired jp.nintei.outbox.OutboxDispatcher dispatcher;

    /** Delivers the members' mail these tests queued, so other tests find an empty outbox. */
    @org.junit.jupiter.api.AfterEach
    void deliverQueuedMail() {
        while (dispatcher.runOnce() > 0) {
            // until nothing is due
        }
    }

    @Test
    void aChangeDuringThePacketJobMakesTheJobFailAndItsRetryIssuesTheNewestRevision() {
        LocalDate today = clock.today();
        BoardSession session = board.session(board.panel("競合" + TestData.uniqueNumber()), today.plusDays(9));
        allocated(session, today);
        board.fix(session.getId());
        allocated(session, today);
        int pending = sessions.get(session.getId()).getAllocationRevision();

        var job = new TransactionTemplate(transactionManager);
        var change = new TransactionTemplate(transactionManager);
        change.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> job.executeWithoutResult(status -> {
            packets.issue(session.getId());
            // The secretariat moves the session while the job is still rendering, and commits first.
            change.executeWithoutResult(s -> sessions.reschedule(session.getId(), today.plusDays(10), LocalTime.of(10, 0), "別館"));
        })).isInstanceOf(ConcurrencyFailureException.class);
        assertThat(packets.copiesOf(session.getId(), pending)).as("rolled back with the job").isEmpty();

        board.runJobs(session.getId());
        BoardSession after = sessions.get(session.getId());
        assertThat(after.getAllocationRevision()).isGreaterThan(pending);
        assertThat(after.getPacketRevision()).isEqualTo(after.getAllocationRevision());
        assertThat(packets.secretariatCopy(session.getId())).get()
                .satisfies(c -> assertThat(c.getCaseIds()).hasSize(2));
    }

    @Test
    void anIssuedPacketCannotBeRewritten() {
        LocalDate today = clock.today();
        BoardSession session = board.session(board.panel("不変" + TestData.uniqueNumber()), today.plusDays(9));
        allocated(session, today);
        board.fix(session.getId());
        Long documentId = packets.secretariatCopy(session.getId()).orElseThrow().getDocumentId();
        assertThatThrownBy(() -> jdbc.update("update issued_document set sha256 = 'x' where id = ?", documentId))
                .hasMessageContaining("append-only");
    }

    private String allocated(BoardSession session, LocalDate today) {
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        cases.completePrimary(caseId, CareLevel.CARE_1);
        cases.allocateBoardTo(caseId, session.getId());
        return caseId;
    }
}
