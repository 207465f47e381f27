package jp.nintei.outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.time.BusinessClock;

/**
 * Writes messages for the outside world in the caller's transaction: they exist exactly when
 * the business change that caused them commits, and OutboxDispatcher delivers them afterwards.
 * This is how a service task "calls out" without a remote call inside the engine transaction.
 */
@Service
public class Outbox {

    private final OutboxEventRepository events;
    private final ObjectMapper json;
    private final BusinessClock clock;

    Outbox(OutboxEventRepository events, ObjectMapper json, BusinessClock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Queues {@code payload} (serialised as JSON) for the handler of {@code topic}. The key
     * identifies the effect, not the attempt: publishing the same key twice (a retried job)
     * queues it once. Returns false when it was already queued.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean publish(String topic, String idempotencyKey, String caseId, Object payload) {
        if (events.existsByIdempotencyKey(idempotencyKey)) {
            return false;
        }
        events.save(new OutboxEvent(topic, idempotencyKey, caseId, toJson(payload), clock.now()));
        return true;
    }

    private String toJson(Object payload) {
        try {
            return payload instanceof String s ? s : json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("outbox payload is not serialisable", e);
        }
    }
}
