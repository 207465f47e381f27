package jp.nintei.opinion.portal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.document.IssuedDocuments;
import jp.nintei.opinion.OpinionProperties;
import jp.nintei.time.BusinessClock;

/**
 * Rate limit on link guessing: a client with too many wrong, expired or used links in the window
 * is refused every link until the window has passed. Counted in the database, so the limit holds
 * however many app nodes serve the portal; addresses are stored hashed.
 */
@Component
class LinkFailureLimiter {

    private final LinkFailureRepository failures;
    private final OpinionProperties properties;
    private final BusinessClock clock;

    LinkFailureLimiter(LinkFailureRepository failures, OpinionProperties properties, BusinessClock clock) {
        this.failures = failures;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isLimited(String clientAddress) {
        Instant since = clock.now().minus(properties.failureWindow());
        return failures.countByClientKeyAndOccurredAtAfter(key(clientAddress), since) >= properties.maxLinkFailures();
    }

    @Transactional
    void recordFailure(String clientAddress) {
        Instant now = clock.now();
        // Rows older than the window count for nothing: the table stays small without a job.
        failures.deleteOlderThan(now.minus(properties.failureWindow()));
        failures.save(new LinkFailure(key(clientAddress), now));
    }

    static String key(String clientAddress) {
        return IssuedDocuments.sha256(("opinion-link:" + clientAddress).getBytes(StandardCharsets.UTF_8));
    }
}
