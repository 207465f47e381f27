package jp.nintei.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import jp.nintei.support.PostgresTestDatabase;

/**
 * The whole application on the benchmark's PostgreSQL (profile pgtest: job executor and outbox
 * dispatcher off, so the benchmark runs every job itself), on a random port for the read load.
 * Every benchmark class uses exactly this, so they share one Spring context and one schema,
 * which {@link PostgresTestDatabase} empties once at the start of the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"pgtest", "bench"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface BenchContext {
}
