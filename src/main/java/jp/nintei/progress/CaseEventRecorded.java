package jp.nintei.progress;

/**
 * Published synchronously, inside the transaction that appended the event, so a listener's
 * writes (progress, the shared-info store and its outbox) commit or roll back with the case
 * change itself. Listeners must not call out: queue outgoing work in the outbox.
 */
public record CaseEventRecorded(CaseEvent event) {
}
