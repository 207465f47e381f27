package jp.nintei.sharedinfo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.outbox.OutboxEvent;
import jp.nintei.outbox.OutboxHandler;

/**
 * Outbox handler of topic "webhook": POSTs the body to the subscriber, signed, with the
 * idempotency key. Called by OutboxDispatcher outside any transaction; a non-2xx answer or a
 * network error throws, and the dispatcher retries with backoff and finally dead-letters it.
 */
@Component
class WebhookDelivery implements OutboxHandler {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

    private final WebhookSubscriptions subscriptions;
    private final ObjectMapper json;
    private final SharedInfoProperties properties;
    private final HttpClient http;

    WebhookDelivery(WebhookSubscriptions subscriptions, ObjectMapper json, SharedInfoProperties properties) {
        this.subscriptions = subscriptions;
        this.json = json;
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String topic() {
        return WebhookPublisher.TOPIC;
    }

    @Override
    public void deliver(OutboxEvent event) throws IOException, InterruptedException {
        WebhookMessage message = json.readValue(event.getPayload(), WebhookMessage.class);
        var subscription = subscriptions.find(message.subscriptionId()).filter(WebhookSubscription::isActive);
        if (subscription.isEmpty()) {
            log.info("Webhook {} dropped: subscription {} no longer active", event.getIdempotencyKey(),
                    message.subscriptionId());
            return;
        }
        byte[] body = message.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.get().getUrl()))
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Nintei-Webhook/1")
                .header(WebhookSignature.HEADER, WebhookSignature.sign(subscriptions.secretOf(subscription.get()), body))
                .header(WebhookSignature.IDEMPOTENCY_KEY_HEADER, event.getIdempotencyKey())
                .header(WebhookSignature.EVENT_HEADER, WebhookPublisher.EVENT_TYPE)
                .header(WebhookSignature.SUBSCRIPTION_HEADER, String.valueOf(message.subscriptionId()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new WebhookRejectedException(response.statusCode(), subscription.get().getName());
        }
    }

    /** The subscriber answered, but not with 2xx: try again later. */
    static final class WebhookRejectedException extends IOException {

        WebhookRejectedException(int status, String subscriber) {
            super("HTTP " + status + " from webhook subscriber " + subscriber);
        }
    }
}
