package jp.nintei.outbox;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.nintei.time.BusinessClock;

/**
 * Delivers due outbox events: claim one (a short transaction), deliver it with no transaction
 * open, record the outcome (another short transaction). Safe with several app nodes on one
 * database; a crash between delivery and recording delivers that event again, which the
 * idempotency key makes harmless for the receiver.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxEventRepository events;
    private final Map<String, OutboxHandler> handlers;
    private final TransactionTemplate tx;
    private final BusinessClock clock;
    private final OutboxProperties properties;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    OutboxDispatcher(OutboxEventRepository events, List<OutboxHandler> handlers, TransactionTemplate tx,
            BusinessClock clock, OutboxProperties properties) {
        this.events = events;
        this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::topic, Function.identity()));
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
    }

    /** One pass over the due events; returns how many were delivered. */
    public int runOnce() {
        Instant now = clock.now();
        List<Long> due = tx.execute(s -> events.findDue(now, PageRequest.of(0, properties.batchSize())));
        int delivered = 0;
        for (Long id : due) {
            if (claim(id) && deliver(id)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean claim(long id) {
        Instant now = clock.now();
        Integer claimed = tx.execute(s -> events.claim(id, now, now.plus(properties.lockDuration()), node));
        return claimed != null && claimed == 1;
    }

    private boolean deliver(long id) {
        OutboxEvent event = tx.execute(s -> events.findById(id).orElseThrow());
        try {
            OutboxHandler handler = handlers.get(event.getTopic());
            if (handler == null) {
                throw new IllegalStateException("no handler for outbox topic " + event.getTopic());
            }
            handler.deliver(event);
        } catch (Exception e) {
            recordFailure(id, e);
            return false;
        }
        tx.executeWithoutResult(s -> events.findById(id).orElseThrow().delivered(clock.now()));
        return true;
    }

    private void recordFailure(long id, Exception e) {
        tx.executeWithoutResult(s -> {
            OutboxEvent event = events.findById(id).orElseThrow();
            int failures = event.getAttempts() + 1;
            boolean giveUp = failures >= properties.maxAttempts();
            event.failed(e.getClass().getSimpleName() + ": " + e.getMessage(),
                    clock.now().plus(properties.backoffAfter(failures)), giveUp);
            if (giveUp) {
                log.warn("Outbox event {} ({}) is a dead letter after {} attempts: {}", id, event.getTopic(), failures,
                        e.toString());
            } else {
                log.info("Outbox event {} ({}) failed attempt {}: {}", id, event.getTopic(), failures, e.toString());
            }
        });
    }
}
