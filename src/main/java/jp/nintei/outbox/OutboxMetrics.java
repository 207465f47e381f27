package jp.nintei.outbox;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** nintei_outbox_events{status=pending|dead} on /actuator/prometheus, for alerting on a stuck queue. */
@Component
class OutboxMetrics implements MeterBinder {

    private final DeadLetters deadLetters;

    OutboxMetrics(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (OutboxEvent.Status status : new OutboxEvent.Status[] {OutboxEvent.Status.PENDING, OutboxEvent.Status.DEAD}) {
            Gauge.builder("nintei.outbox.events", () -> deadLetters.count(status))
                    .tag("status", status.name().toLowerCase(java.util.Locale.ROOT))
                    .description("Outbox events by status")
                    .register(registry);
        }
    }
}
