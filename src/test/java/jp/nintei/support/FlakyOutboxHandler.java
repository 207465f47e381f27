package jp.nintei.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import jp.nintei.outbox.OutboxEvent;
import jp.nintei.outbox.OutboxHandler;

/** Outbox handler of topic "test" that fails a set number of times before it succeeds. */
@Component
public class FlakyOutboxHandler implements OutboxHandler {

    public static final String TOPIC = "test";

    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @Override
    public String topic() {
        return TOPIC;
    }

    public void failNext(int times) {
        failuresLeft.set(times);
    }

    public List<String> delivered() {
        return List.copyOf(delivered);
    }

    @Override
    public void deliver(OutboxEvent event) {
        if (failuresLeft.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            throw new IllegalStateException("subscriber unavailable");
        }
        delivered.add(event.getIdempotencyKey());
    }
}
