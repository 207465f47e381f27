package jp.nintei.reliability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jp.nintei.sharedinfo.WebhookSignature;

/**
 * A webhook subscriber on loopback as the README asks subscribers to behave: it checks the
 * signature, applies each Idempotency-Key's effect once and drops repeats (at-least-once
 * delivery repeats an event when a node dies between sending and recording it).
 */
final class WebhookSink implements AutoCloseable {

    private final HttpServer server;
    private volatile String secret;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    /** Applied effects: key → body (first delivery). */
    private final Map<String, String> applied = new HashMap<>();
    /** Keys that arrived again with a different body: two effects under one key. */
    private final Set<String> conflicting = new HashSet<>();
    private int repeats;

    WebhookSink() throws IOException {
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

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            if (!WebhookSignature.verify(secret, body, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER))) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String key = exchange.getRequestHeaders().getFirst(WebhookSignature.IDEMPOTENCY_KEY_HEADER);
            String text = new String(body, StandardCharsets.UTF_8);
            synchronized (this) {
                String earlier = applied.putIfAbsent(key, text);
                if (earlier != null) {
                    repeats++;
                    if (!earlier.equals(text)) {
                        conflicting.add(key);
                    }
                }
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    int requests() {
        return requests.get();
    }

    int badSignatures() {
        return badSignatures.get();
    }

    synchronized Set<String> appliedKeys() {
        return Set.copyOf(applied.keySet());
    }

    synchronized int repeats() {
        return repeats;
    }

    synchronized Set<String> conflictingKeys() {
        return Set.copyOf(conflicting);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
