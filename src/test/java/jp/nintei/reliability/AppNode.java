package jp.nintei.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One app node: the packaged Spring Boot jar in its own JVM on loopback, profile {@code postgres},
 * its own port and Camunda host name (recorded in ACT_HI_JOB_LOG for every job it runs). Started
 * and stopped like an operator would: SIGTERM, or SIGKILL for a crash.
 */
final class AppNode implements AutoCloseable {

    /** Test values for the secrets the postgres profile requires (README "二要素認証", "Webhooks"). */
    static final String TWO_FACTOR_KEY = "cmVsaWFiaWxpdHktdGVzdC10b3RwLWtleS0zMi1ieXQ=";
    static final String WEBHOOK_KEY = "cmVsaWFiaWxpdHktdGVzdC13ZWJob29rLWtleS0zMmI=";
    static final String ADMIN_PASSWORD = "reliability-admin-password-not-for-production";

    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);

    private final String name;
    private final int port;
    private final Path jar;
    private final String dbUrl;
    private final String dbUser;
    private final Path logDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    AppNode(String name, int port, Path jar, String dbUrl, String dbUser, Path logDir) {
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.logDir = logDir;
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    /** Starts the JVM and waits until the app reports ready (bounded); fails if it exits first. */
    void start() throws IOException, InterruptedException {
        if (running()) {
            throw new IllegalStateException(name + " is already running");
        }
        Files.createDirectories(logDir);
        starts++;
        Path log = logDir.resolve(name + "-" + starts + ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx640m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.security.egd=file:/dev/./urandom", "-jar", jar.toString(),
                "--spring.profiles.active=postgres",
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                // The engine's host name goes into the job log: it tells which node ran a job.
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // A dead node's job locks and outbox claims expire after these; production keeps
                // the defaults (5 min / 2 min), here they only shorten the wait after a kill.
                "--camunda.bpm.job-execution.lock-time-in-millis=20000",
                "--camunda.bpm.job-execution.max-wait=2000",
                "--nintei.outbox.lock-duration=PT15S",
                "--nintei.outbox.poll-interval=PT1S",
                "--nintei.outbox.initial-backoff=PT2S",
                "--logging.level.root=WARN",
                "--logging.level.org.springframework.boot.web.embedded.tomcat=INFO"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("NINTEI_DB_URL", dbUrl);
        env.put("NINTEI_DB_USER", dbUser);
        env.put("NINTEI_DB_PASSWORD", "");
        env.put("NINTEI_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("NINTEI_TWO_FACTOR_KEY", TWO_FACTOR_KEY);
        env.put("NINTEI_WEBHOOK_KEY", WEBHOOK_KEY);
        env.put("NINTEI_PORTAL_BASE_URL", baseUrl());
        process = builder.start();
        Process started = process;
        // Never leave a node behind when the test JVM ends early (its own kill is the one that matters).
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        Instant limit = Instant.now().plus(START_LIMIT);
        while (!ready()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see " + log);
            }
            if (Instant.now().isAfter(limit)) {
                kill();
                throw new IllegalStateException(name + " not ready within " + START_LIMIT + "; see " + log);
            }
            Thread.sleep(500);
        }
    }

    private boolean ready() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** kill -9: no shutdown hook, no graceful end of requests or jobs. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** SIGTERM (Spring's graceful shutdown), then SIGKILL if it has not ended within the grace period. Returns true if it ended by itself. */
    boolean stop(Duration grace) throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return true;
        }
        process.destroy();
        if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        kill();
        return false;
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
