package jp.nintei.sharedinfo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP webhook receiver on a local port (JDK HttpServer), built as a consumer should be:
 * it verifies the signature, applies each idempotency key once, and answers 2xx for a repeat.
 * It can be told to be down for a number of requests, or to apply a request and then fail to
 * answer (a lost acknowledgement), which makes the sender deliver it again.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One HTTP request as it arrived. */
    record Request(String idempotencyKey, String signature, String body, boolean signatureValid) {
    }

    private final HttpServer server;
    private volatile String secret;
    private final AtomicInteger downFor = new AtomicInteger();
    private final AtomicInteger loseAckFor = new AtomicInteger();
    private final List<Request> requests = new ArrayList<>();
    /** The effect: one entry per idempotency key, the body applied. */
    private final Map<String, String> applied = new LinkedHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    void downFor(int requests) {
        downFor.set(requests);
    }

    void loseAcknowledgementFor(int requests) {
        loseAckFor.set(requests);
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized Map<String, String> applied() {
        return Map.copyOf(applied);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String key = exchange.getRequestHeaders().getFirst(WebhookSignature.IDEMPOTENCY_KEY_HEADER);
        String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
        boolean valid = secret != null && WebhookSignature.verify(secret, body, signature);
        int status;
        synchronized (this) {
            requests.add(new Request(key, signature, new String(body, StandardCharsets.UTF_8), valid));
            if (!valid) {
                status = 401;
            } else if (downFor.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
                status = 503;
            } else {
                applied.putIfAbsent(key, new String(body, StandardCharsets.UTF_8));
                status = loseAckFor.getAndUpdate(n -> Math.max(n - 1, 0)) > 0 ? 500 : 204;
            }
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
