package jp.nintei.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.nintei.document.DocumentDraft;
import jp.nintei.document.IssuedDocument;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.outbox.Outbox;
import jp.nintei.outbox.OutboxDispatcher;
import jp.nintei.support.FlakyOutboxHandler;
import jp.nintei.support.PostgresTest;

/** The outbox and the document register on PostgreSQL, with several dispatchers at once. */
@PostgresTest
class OutboxPostgresIT {

    @Autowired Outbox outbox;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired FlakyOutboxHandler handler;
    @Autowired IssuedDocuments documents;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @Test
    void concurrentDispatchersDeliverEachEventOnce() throws Exception {
        String prefix = "test:" + UUID.randomUUID() + ":";
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 40; i++) {
                outbox.publish(FlakyOutboxHandler.TOPIC, prefix + i, null, Map.of("i", i));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> passes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                passes.add(dispatcher::runOnce);
            }
            int delivered = 0;
            for (Future<Integer> f : pool.invokeAll(passes)) {
                delivered += f.get();
            }
            assertThat(delivered).isEqualTo(40);
        } finally {
            pool.shutdown();
        }
        List<String> ours = handler.delivered().stream().filter(k -> k.startsWith(prefix)).toList();
        assertThat(ours).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void anIssuedDocumentCannotBeRewrittenOrDeleted() {
        IssuedDocument doc = documents.issue(new DocumentDraft(null, "TEST", UUID.randomUUID().toString(), "試験",
                "t.txt", "text/plain", "原本".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> jdbc.update("update issued_document set content = ? where id = ?",
                "改ざん".getBytes(StandardCharsets.UTF_8), doc.getId()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from issued_document where id = ?", doc.getId()))
                .isInstanceOf(DataAccessException.class);
        assertThat(IssuedDocuments.sha256(documents.get(doc.getId()).orElseThrow().getContent()))
                .isEqualTo(doc.getSha256());
    }
}
