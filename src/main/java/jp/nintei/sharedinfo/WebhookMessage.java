package jp.nintei.sharedinfo;

/**
 * The outbox payload of one delivery to one subscriber: the body exactly as it will be sent and
 * signed, so a retry sends the same bytes.
 */
record WebhookMessage(long subscriptionId, String body) {
}
