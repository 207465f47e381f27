package jp.nintei.sharedinfo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jp.nintei.sharedinfo.WebhookPublisher.Outcome;
import jp.nintei.web.StateConflictException;

/**
 * Sends one subscriber the current revision of every record, e.g. when a system is registered
 * after cases already exist, or after it lost its data. Idempotent: revisions already queued for
 * it (delivered or not) are skipped by their key, so running it twice sends nothing new. Pages
 * are committed one by one so a large store does not make one huge transaction.
 */
@Service
public class WebhookResync {

    static final int PAGE_SIZE = 200;
    private static final Logger log = LoggerFactory.getLogger(WebhookResync.class);

    private final WebhookSubscriptions subscriptions;
    private final SharedRecordRepository records;
    private final SharedInfoStore store;
    private final WebhookPublisher publisher;
    private final TransactionTemplate transaction;

    WebhookResync(WebhookSubscriptions subscriptions, SharedRecordRepository records, SharedInfoStore store,
            WebhookPublisher publisher, TransactionTemplate transaction) {
        this.subscriptions = subscriptions;
        this.records = records;
        this.store = store;
        this.publisher = publisher;
        this.transaction = transaction;
    }

    /** Counts of what happened to the records. */
    public record Result(long subscriptionId, int records, int queued, int alreadyQueued, int withheld) {

        Result plus(Outcome outcome) {
            return new Result(subscriptionId, records + 1, queued + (outcome == Outcome.QUEUED ? 1 : 0),
                    alreadyQueued + (outcome == Outcome.ALREADY_QUEUED ? 1 : 0),
                    withheld + (outcome == Outcome.WITHHELD ? 1 : 0));
        }
    }

    public Result resync(long subscriptionId) {
        WebhookSubscription subscription = subscriptions.get(subscriptionId);
        if (!subscription.isActive()) {
            throw new StateConflictException("停止した送信先には再送できません（新しく登録してください）");
        }
        Page page = new Page("", new Result(subscriptionId, 0, 0, 0, 0));
        while (page.lastCaseId() != null) {
            Page previous = page;
            page = transaction.execute(status -> next(subscription, previous));
        }
        log.info("Webhook subscription {} resynchronised: {}", subscriptionId, page.result());
        return page.result();
    }

    private record Page(String lastCaseId, Result result) {
    }

    /** The records after the previous page's last one; a null last case id means there are no more. */
    private Page next(WebhookSubscription subscription, Page previous) {
        List<SharedRecord> page = records.findByCaseIdGreaterThanOrderByCaseIdAsc(previous.lastCaseId(),
                PageRequest.of(0, PAGE_SIZE));
        Result result = previous.result();
        for (SharedRecord record : page) {
            result = result.plus(publisher.publishTo(subscription, record, store.infoOf(record)));
        }
        return new Page(page.isEmpty() ? null : page.get(page.size() - 1).getCaseId(), result);
    }
}
