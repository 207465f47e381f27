package jp.nintei.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Empties the test database's public schema once per JVM, before the first Spring context
 * creates Flyway's and Camunda's tables, so every run starts from the same state.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicBoolean reset = new AtomicBoolean();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!reset.compareAndSet(false, true)) {
            return;
        }
        var env = context.getEnvironment();
        String url = env.getProperty("spring.datasource.url");
        String user = env.getProperty("spring.datasource.username");
        String password = env.getProperty("spring.datasource.password", "");
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the integration tests is not reachable at " + url
                    + " (start it, or set -Dnintei.test.db.url)", e);
        }
    }
}
