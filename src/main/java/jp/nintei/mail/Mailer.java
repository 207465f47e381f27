package jp.nintei.mail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.outbox.Outbox;

/** Queues a mail in the caller's transaction; MailDelivery sends it once the transaction commits. */
@Service
public class Mailer {

    static final String TOPIC = "mail";

    private final Outbox outbox;

    Mailer(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code key} names the reason for the mail (e.g. "opinion-request:2026-000012:1"): sent once per key. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean send(String key, String caseId, MailMessage message) {
        return outbox.publish(TOPIC, TOPIC + ":" + key, caseId, message);
    }
}
