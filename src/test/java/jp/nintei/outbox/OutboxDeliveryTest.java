package jp.nintei.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import jp.nintei.support.FlakyOutboxHandler;
import jp.nintei.support.ProcessTest;
import jp.nintei.web.StateConflictException;

/** At-least-once delivery with backoff, dead letters and replay, and no duplicates from a retried publisher. */
@ProcessTest
class OutboxDeliveryTest {

    @Autowired Outbox outbox;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired OutboxEventRepository events;
    @Autowired DeadLetters deadLetters;
    @Autowired FlakyOutboxHandler handler;
    @Autowired OutboxProperties properties;
    @Autowired TransactionTemplate tx;

    String key;

    @BeforeEach
    void drainEarlierEvents() {
        handler.failNext(0);
        ClockUtil.setCurrentTime(new Date());
        dispatcher.runOnce();
        key = "test:" + UUID.randomUUID();
    }

    @Test
    void publishNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.publish(FlakyOutboxHandler.TOPIC, key, null, Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        try {
            tx.executeWithoutResult(s -> {
                outbox.publish(FlakyOutboxHandler.TOPIC, key, null, Map.of("n", 1));
                s.setRollbackOnly();
            });
        } finally {
            assertThat(events.existsByIdempotencyKey(key)).isFalse();
        }
    }

    @Test
    void theSameKeyIsQueuedAndDeliveredOnce() {
        assertThat(publish()).isTrue();
        assertThat(publish()).isFalse();
        dispatcher.runOnce();
        dispatcher.runOnce();
        assertThat(handler.delivered()).containsOnlyOnce(key);
    }

    @Test
    void aFailingSubscriberIsRetriedWithExponentialBackoffUntilItRecovers() {
        publish();
        handler.failNext(2);
        dispatcher.runOnce();
        OutboxEvent afterFirst = event();
        assertThat(afterFirst.getAttempts()).isEqualTo(1);
        assertThat(afterFirst.getStatus()).isEqualTo(OutboxEvent.Status.PENDING);
        assertThat(afterFirst.getLastError()).contains("subscriber unavailable");

        dispatcher.runOnce(); // not due yet: nothing happens
        assertThat(event().getAttempts()).isEqualTo(1);

        advance(properties.backoffAfter(1));
        dispatcher.runOnce();
        OutboxEvent afterSecond = event();
        assertThat(afterSecond.getAttempts()).isEqualTo(2);
        assertThat(Duration.between(afterFirst.getNextAttemptAt(), afterSecond.getNextAttemptAt()))
                .isGreaterThanOrEqualTo(properties.backoffAfter(2));

        advance(properties.backoffAfter(2));
        dispatcher.runOnce();
        assertThat(event().getStatus()).isEqualTo(OutboxEvent.Status.DELIVERED);
        assertThat(handler.delivered()).containsOnlyOnce(key);
    }

    @Test
    void afterTheLastAttemptTheEventIsADeadLetterThatAnOperatorCanReplay() {
        publish();
        handler.failNext(properties.maxAttempts());
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            dispatcher.runOnce();
            advance(properties.maxBackoff());
        }
        assertThat(event().getStatus()).isEqualTo(OutboxEvent.Status.DEAD);
        assertThat(deadLetters.list()).extracting(OutboxEvent::getIdempotencyKey).contains(key);
        assertThat(handler.delivered()).doesNotContain(key);

        deadLetters.replay(event().getId());
        dispatcher.runOnce();
        assertThat(event().getStatus()).isEqualTo(OutboxEvent.Status.DELIVERED);
        assertThat(handler.delivered()).containsOnlyOnce(key);
        assertThatThrownBy(() -> deadLetters.replay(event().getId())).isInstanceOf(StateConflictException.class);
    }

    @Test
    void anEventClaimedByOneNodeIsNotDeliveredByAnother() {
        publish();
        long id = event().getId();
        var now = ClockUtil.getCurrentTime().toInstant();
        Integer first = tx.execute(s -> events.claim(id, now, now.plus(properties.lockDuration()), "node-a"));
        Integer second = tx.execute(s -> events.claim(id, now, now.plus(properties.lockDuration()), "node-b"));
        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        dispatcher.runOnce();
        assertThat(handler.delivered()).doesNotContain(key);

        // node-a died holding the lock: after it expires, the event is delivered after all.
        advance(properties.lockDuration().plusSeconds(1));
        dispatcher.runOnce();
        assertThat(handler.delivered()).containsOnlyOnce(key);
    }

    @Test
    void backoffDoublesUpToTheCap() {
        assertThat(properties.backoffAfter(1)).isEqualTo(properties.initialBackoff());
        assertThat(properties.backoffAfter(2)).isEqualTo(properties.initialBackoff().multipliedBy(2));
        assertThat(properties.backoffAfter(3)).isEqualTo(properties.initialBackoff().multipliedBy(4));
        assertThat(properties.backoffAfter(1000)).isEqualTo(properties.maxBackoff());
    }

    private boolean publish() {
        return Boolean.TRUE.equals(tx.execute(s -> outbox.publish(FlakyOutboxHandler.TOPIC, key, null, Map.of("n", 1))));
    }

    private OutboxEvent event() {
        return events.findAll().stream().filter(e -> e.getIdempotencyKey().equals(key)).findFirst().orElseThrow();
    }

    private static void advance(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }
}
