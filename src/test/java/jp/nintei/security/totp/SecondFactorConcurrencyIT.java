package jp.nintei.security.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.support.PostgresTest;

/**
 * Several nodes on one PostgreSQL are several connections working on the same row at once:
 * here eight threads with their own transactions. A code is accepted exactly once and no wrong
 * attempt escapes the count, whatever the interleaving (the row is locked per attempt).
 */
@PostgresTest
class SecondFactorConcurrencyIT {

    private static final Instant T0 = Instant.parse("2026-04-01T00:00:05Z");
    private static final int NODES = 8;

    @Autowired TotpService totp;
    @Autowired SecondFactorRepository factors;

    @Test
    void theSameCodeSentFromEightNodesAtOnceIsAcceptedOnce() throws Exception {
        ClockUtil.setCurrentTime(Date.from(T0));
        String secret = enrol("race.replay");
        String next = Totp.code(secret, Totp.step(T0) + 1);

        var outcomes = concurrently(NODES, () -> totp.verify("staff", "race.replay", next).outcome());

        assertThat(outcomes).filteredOn(o -> o == TotpService.Outcome.ACCEPTED).hasSize(1);
        // A replay counts as a failed attempt: after the acceptance, four replays, then the fifth locks.
        assertThat(outcomes).filteredOn(o -> o == TotpService.Outcome.REPLAYED).hasSize(4);
        assertThat(outcomes).filteredOn(o -> o == TotpService.Outcome.LOCKED).hasSize(NODES - 5);
    }

    @Test
    void wrongCodesFromTwelveAttemptsAtOnceLockAfterExactlyFive() throws Exception {
        ClockUtil.setCurrentTime(Date.from(T0));
        String secret = enrol("race.lockout");
        String wrong = Totp.code(secret, Totp.step(T0) + 1000);

        var outcomes = concurrently(12, () -> totp.verify("staff", "race.lockout", wrong).outcome());

        assertThat(outcomes).filteredOn(o -> o == TotpService.Outcome.WRONG_CODE).hasSize(4);
        assertThat(outcomes).filteredOn(o -> o == TotpService.Outcome.LOCKED).hasSize(8);
        var stored = factors.findByRealmAndAccountId("staff", "race.lockout").orElseThrow();
        assertThat(stored.getLockedUntil()).isEqualTo(T0.plusSeconds(15 * 60));
        assertThat(stored.getFailedAttempts()).isZero();
    }

    private String enrol(String account) {
        String secret = totp.beginEnrolment("staff", account, "Nintei").secret();
        assertThat(totp.confirmEnrolment("staff", account, Totp.code(secret, Totp.step(T0))).accepted()).isTrue();
        return secret;
    }

    /** Starts all tasks at one signal, each on its own thread (and so its own connection). */
    private static <T> List<T> concurrently(int count, java.util.concurrent.Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
