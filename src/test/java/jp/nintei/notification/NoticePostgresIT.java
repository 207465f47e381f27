package jp.nintei.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.nintei.application.ApplicationType;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.Insurer;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/** On PostgreSQL: what a notice printed cannot be rewritten, and 文書番号 never repeat under concurrency. */
@PostgresTest
class NoticePostgresIT {

    @Autowired CaseDriver cases;
    @Autowired NoticeFixtures fixtures;
    @Autowired NoticeService notices;
    @Autowired DocumentNumbers numbers;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired BusinessClock clock;

    @Test
    void theContentOfADraftAndItsIssuedLetterCannotBeRewritten() {
        fixtures.letterhead();
        LocalDate today = clock.today();
        String caseId = cases.receive(fixtures.resident(today), ApplicationType.NEW, today);
        cases.runToBoardResult(caseId, CareLevel.CARE_1, Map.of());
        cases.runDecision(caseId);
        cases.sendDecisionNotice(caseId);
        NoticeDraft draft = notices.latest(NoticeKind.DECISION_NOTICE, caseId).orElseThrow();

        assertThatThrownBy(() -> jdbc.update("update notice_draft set content = ? where id = ?", new byte[] {1}, draft.getId()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("update notice_draft set model_json = '{}' where id = ?", draft.getId()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("delete from notice_draft where id = ?", draft.getId()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never deleted");
        assertThatThrownBy(() -> jdbc.update("update issued_document set content = ? where id = ?", new byte[] {1},
                draft.getIssuedDocumentId()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select status from notice_draft where id = ?", String.class, draft.getId()))
                .isEqualTo("ISSUED");
    }

    @Test
    void documentNumbersTakenAtTheSameTimeAreAllDifferent() throws Exception {
        Insurer insurer = data.insurer();
        LocalDate day = LocalDate.of(2027, 1, 15);
        transactions.executeWithoutResult(s -> numbers.next(insurer, "テ介", day));
        int threads = 4;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Callable<List<String>> work = () -> {
                start.await();
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(transactions.execute(s -> numbers.next(insurer, "テ介", day)));
                }
                return mine;
            };
            results.add(pool.submit(work));
        }
        start.countDown();
        List<String> all = new ArrayList<>();
        for (var f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(threads * each);
        assertThat(new HashSet<>(all)).hasSize(threads * each);
        assertThat(all).allMatch(n -> n.matches("テ介第\\d+号"));
    }
}
