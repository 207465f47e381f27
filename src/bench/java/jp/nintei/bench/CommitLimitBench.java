package jp.nintei.bench;

import static jp.nintei.bench.BenchReport.f1;
import static jp.nintei.bench.BenchReport.f2;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Limit: how many transactions PostgreSQL commits per second on this machine — a JDBC loop of
 * one-row updates on one connection (as the single-threaded driver uses it), and pgbench's
 * simple-update with 1 and 4 clients when pgbench is installed — and the ceiling that puts on
 * cases/s given the commits one case needs (measured by CaseThroughputBench in the same run).
 */
@BenchContext
class CommitLimitBench {

    static final int SECONDS = Integer.getInteger("bench.commit-seconds", 10);
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    @Autowired Environment env;

    @Test
    void commitsPerSecond() throws Exception {
        String url = env.getProperty("spring.datasource.url");
        String user = env.getProperty("spring.datasource.username");
        String password = env.getProperty("spring.datasource.password", "");
        double jdbc = jdbcLoop(url, user, password);
        OptionalDouble pgbench1 = pgbench(url, user, 1);
        OptionalDouble pgbench4 = pgbench(url, user, 4);

        double commitsPerCase = BenchReport.figure("throughput.commitsPerCase");
        double casesPerSecond = BenchReport.figure("throughput.casesPerSecond");
        var report = BenchReport.start("2-limit", "2. Limit");
        report.row("JDBC commits/s", f1(jdbc), "one connection, " + SECONDS + " s of one-row UPDATE + COMMIT, synchronous_commit on");
        report.row("pgbench tps, 1 client", pgbench1.isPresent() ? f1(pgbench1.getAsDouble()) : "n/a",
                "pgbench -b simple-update -c 1 -T " + SECONDS + (pgbench1.isPresent() ? "" : " (pgbench not installed)"));
        report.row("pgbench tps, 4 clients", pgbench4.isPresent() ? f1(pgbench4.getAsDouble()) : "n/a",
                "pgbench -b simple-update -c 4 -j 2 -T " + SECONDS);
        if (Double.isNaN(commitsPerCase)) {
            report.row("ceiling", "n/a", "run CaseThroughputBench first (commits per case)");
            return;
        }
        double ceiling = jdbc / commitsPerCase;
        report.row("commits per case", f1(commitsPerCase), "from 1. Throughput");
        report.row("ceiling cases/s (one connection)", f2(ceiling), "JDBC commits/s ÷ commits per case");
        report.row("our share of the ceiling", f1(100 * casesPerSecond / ceiling) + " %",
                "measured Nintei cases/s ÷ ceiling; the rest is CPU in the app and in PostgreSQL");
        if (pgbench4.isPresent()) {
            report.row("ceiling cases/s (machine, 4 clients)", f2(pgbench4.getAsDouble() / commitsPerCase),
                    "pgbench 4-client tps ÷ commits per case: the bound for several drivers or nodes");
        }
    }

    /** One connection committing a one-row update as fast as it can for SECONDS. */
    private static double jdbcLoop(String url, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (var s = c.createStatement()) {
                s.execute("create table if not exists bench_commit (id int primary key, n bigint not null)");
                s.execute("insert into bench_commit values (1, 0) on conflict (id) do nothing");
            }
            c.setAutoCommit(false);
            try (var update = c.prepareStatement("update bench_commit set n = n + 1 where id = 1")) {
                for (int i = 0; i < 200; i++) { // warm-up
                    update.executeUpdate();
                    c.commit();
                }
                long commits = 0;
                long start = System.nanoTime();
                long end = start + TimeUnit.SECONDS.toNanos(SECONDS);
                long now;
                while ((now = System.nanoTime()) < end) {
                    update.executeUpdate();
                    c.commit();
                    commits++;
                }
                return commits / ((now - start) / 1e9);
            }
        }
    }

    /** pgbench's simple-update on the benchmark database (its tables are dropped with the schema next run). */
    private static OptionalDouble pgbench(String jdbcUrl, String user, int clients) throws Exception {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String db = uri.getPath().substring(1);
        List<String> connection = List.of("-h", uri.getHost(), "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "-U", user);
        try {
            if (clients == 1) {
                run(concat(List.of("pgbench", "-i", "-q", "-s", "1"), connection, db));
            }
            String out = run(concat(List.of("pgbench", "-n", "-b", "simple-update", "-c", String.valueOf(clients),
                    "-j", String.valueOf(Math.min(clients, 2)), "-T", String.valueOf(SECONDS)), connection, db));
            Matcher m = TPS.matcher(out);
            return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
        } catch (IOException e) {
            System.out.println("[bench] pgbench not available: " + e.getMessage());
            return OptionalDouble.empty();
        }
    }

    private static List<String> concat(List<String> command, List<String> connection, String db) {
        List<String> all = new ArrayList<>(command);
        all.addAll(connection);
        all.add(db);
        return all;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
