package jp.nintei.outbox;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.time.BusinessClock;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;

/** What operators see of the outbox: pending and dead counts, the dead letters, and replay. */
@Service
public class DeadLetters {

    static final int LIST_SIZE = 200;

    private final OutboxEventRepository events;
    private final BusinessClock clock;

    DeadLetters(OutboxEventRepository events, BusinessClock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OutboxEvent> list() {
        return events.findByStatusOrderByIdAsc(OutboxEvent.Status.DEAD, PageRequest.of(0, LIST_SIZE));
    }

    @Transactional(readOnly = true)
    public long count(OutboxEvent.Status status) {
        return events.countByStatus(status);
    }

    @Transactional
    public OutboxEvent replay(long id) {
        OutboxEvent event = events.findById(id).orElseThrow(() -> new NotFoundException("送信イベント " + id + " は見つかりません"));
        if (event.getStatus() != OutboxEvent.Status.DEAD) {
            throw new StateConflictException("送信イベント " + id + " は配信不能（DEAD）ではないため再送できません");
        }
        event.replay(clock.now());
        return event;
    }
}
