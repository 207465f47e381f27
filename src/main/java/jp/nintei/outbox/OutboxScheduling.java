package jp.nintei.outbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Polls the outbox on every node. Off in tests, which call OutboxDispatcher.runOnce() themselves. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "nintei.outbox.dispatcher-enabled", havingValue = "true", matchIfMissing = true)
class OutboxScheduling {

    private final OutboxDispatcher dispatcher;

    OutboxScheduling(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${nintei.outbox.poll-interval:PT5S}")
    void poll() {
        dispatcher.runOnce();
    }
}
