package jp.nintei.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Committed transactions of the benchmark's database (pg_stat_database.xact_commit), read on a
 * connection of its own. PostgreSQL backends report their counters when idle, at the latest
 * about 10 s after their last transaction, so {@link #settledCommits()} waits that long first.
 */
final class PgStats implements AutoCloseable {

    private static final long REPORT_DELAY_MS = 11_000;

    private final Connection connection;

    PgStats(String url, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
        this.connection.setAutoCommit(true);
    }

    long settledCommits() throws SQLException, InterruptedException {
        Thread.sleep(REPORT_DELAY_MS);
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(
                        "select xact_commit from pg_stat_database where datname = current_database()")) {
            result.next();
            return result.getLong(1);
        }
    }

    String serverVersion() throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("show server_version")) {
            result.next();
            return result.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
