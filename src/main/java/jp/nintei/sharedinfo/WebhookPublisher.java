package jp.nintei.sharedinfo;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.outbox.Outbox;

/**
 * Queues a record's change for every active subscriber, one outbox event each, so a failing
 * subscriber is retried on its own and holds nobody else up. Runs in the business transaction.
 */
@Component
class WebhookPublisher {

    static final String TOPIC = "webhook";
    static final String EVENT_TYPE = "certification-info.changed";

    private final WebhookSubscriptionRepository subscriptions;
    private final ConsentPolicy consent;
    private final Outbox outbox;
    private final ObjectMapper json;

    WebhookPublisher(WebhookSubscriptionRepository subscriptions, ConsentPolicy consent, Outbox outbox,
            ObjectMapper json) {
        this.subscriptions = subscriptions;
        this.consent = consent;
        this.outbox = outbox;
        this.json = json;
    }

    /** What a subscriber receives. Keep the newest {@code record.revision} per case: deliveries may overtake each other. */
    record Body(String type, long subscriptionId, Instant changedAt, SharedInfoView record) {
    }

    /** What queuing a record for one subscriber came to. */
    enum Outcome {
        QUEUED, ALREADY_QUEUED, WITHHELD
    }

    void publish(SharedRecord record, CertificationInfo info) {
        for (WebhookSubscription subscription : subscriptions.findByActiveTrueOrderByIdAsc()) {
            publishTo(subscription, record, info);
        }
    }

    /**
     * Queues the record's current revision for one subscriber, as far as the consents release
     * it. The key names the revision, so a revision already queued (or delivered) is not sent again.
     */
    Outcome publishTo(WebhookSubscription subscription, SharedRecord record, CertificationInfo info) {
        Disclosure disclosure = consent.forSubscriber(subscription.getAudience(), record.consentFacts());
        if (disclosure.showsNothing()) {
            return Outcome.WITHHELD;
        }
        var body = new Body(EVENT_TYPE, subscription.getId(), record.getUpdatedAt(),
                SharedInfoView.of(record, info, disclosure));
        boolean queued = outbox.publish(TOPIC, key(subscription, record), record.getCaseId(),
                new WebhookMessage(subscription.getId(), write(body)));
        return queued ? Outcome.QUEUED : Outcome.ALREADY_QUEUED;
    }

    /** Names the effect: this revision of this case for this subscriber. The receiver drops repeats by it. */
    static String key(WebhookSubscription subscription, SharedRecord record) {
        return TOPIC + ":" + subscription.getId() + ":" + record.getCaseId() + ":" + record.getRevision();
    }

    private String write(Body body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook body is not serialisable", e);
        }
    }
}
