package jp.nintei.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What both reliability tests share: settings (system properties set by the Maven profile
 * {@code reliability}), the emptied database, the webhook subscriber, the API client, and
 * waiting (bounded) until the outbox has delivered everything.
 */
final class ReliabilityRun implements AutoCloseable {

    final Path jar;
    final ReliabilityDatabase db;
    final WebhookSink sink;
    final Path logDir;
    final String clientId = "reliability-client";
    final String secret = randomSecret();
    final long seed = Long.getLong("nintei.reliability.seed", System.nanoTime());

    ReliabilityRun(String name) throws IOException, SQLException {
        String jarPath = System.getProperty("nintei.reliability.jar");
        if (jarPath == null || !Files.isRegularFile(Path.of(jarPath))) {
            throw new IllegalStateException("nintei.reliability.jar must name the packaged app (run: mvn -Preliability verify); got "
                    + jarPath);
        }
        jar = Path.of(jarPath);
        db = new ReliabilityDatabase(System.getProperty("nintei.reliability.db.url",
                "jdbc:postgresql://127.0.0.1:5432/reliability"), System.getProperty("nintei.reliability.db.user", "postgres"));
        db.reset();
        logDir = Path.of(System.getProperty("nintei.reliability.logs", "target/reliability"), name);
        if (Files.isDirectory(logDir)) {
            try (var old = Files.list(logDir)) {
                for (Path log : old.filter(p -> p.toString().endsWith(".log")).toList()) {
                    Files.delete(log);
                }
            }
        }
        sink = new WebhookSink();
    }

    /** 48 hex characters, like `openssl rand -hex 24`: long enough for an API client (at least 32). */
    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static int intSetting(String name, int fallback) {
        return Integer.getInteger("nintei.reliability." + name, fallback);
    }

    AppNode node(String name) throws IOException {
        return new AppNode(name, freePort(), jar, db.url(), db.user(), logDir);
    }

    NinteiApi api(AppNode node) {
        return new NinteiApi(node.baseUrl(), clientId, secret);
    }

    /** Waits until no outbox event is pending, at most {@code limit}; returns whether it got there. */
    boolean outboxDrained(Duration limit) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (db.count("select count(*) from outbox_event where status = 'PENDING'") > 0) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(500);
        }
        return true;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        sink.close();
    }
}
