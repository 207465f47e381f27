package jp.nintei.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import jp.nintei.outbox.OutboxDispatcher;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.RecordingMailTransport;

@ProcessTest
class MailerTest {

    @Autowired Mailer mailer;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired RecordingMailTransport transport;
    @Autowired TransactionTemplate tx;

    @Test
    void aMailIsSentAfterCommitOncePerKey() {
        String to = UUID.randomUUID() + "@example.jp";
        var message = new MailMessage(to, "主治医意見書の作成依頼", "本文");
        tx.executeWithoutResult(s -> mailer.send("k-" + to, null, message));
        tx.executeWithoutResult(s -> mailer.send("k-" + to, null, message));
        assertThat(transport.to(to)).isEmpty();

        dispatcher.runOnce();
        assertThat(transport.to(to)).singleElement().satisfies(sent -> {
            assertThat(sent.message()).isEqualTo(message);
            assertThat(sent.key()).isEqualTo("mail:k-" + to);
        });
    }
}
