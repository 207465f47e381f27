package jp.nintei.outbox;

/**
 * Delivers the events of one topic to the outside world (a webhook, a mail server). Called
 * outside any transaction, at least once per event: implementations pass the event's
 * idempotency key on so the receiver can drop a repeat. Throwing means "try again later".
 */
public interface OutboxHandler {

    String topic();

    void deliver(OutboxEvent event) throws Exception;
}
