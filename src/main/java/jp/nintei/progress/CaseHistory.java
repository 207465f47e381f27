package jp.nintei.progress;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.time.BusinessClock;

/** Appends to and reads a case's history. Every feature records its checkpoints here. */
@Service
public class CaseHistory {

    private final CaseEventRepository events;
    private final BusinessClock clock;
    private final ApplicationEventPublisher publisher;

    public CaseHistory(CaseEventRepository events, BusinessClock clock, ApplicationEventPublisher publisher) {
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Appends the event and tells in-transaction listeners about it (see {@link CaseEventRecorded}). */
    @Transactional
    public CaseEvent append(String caseId, CaseEventType type, String actor, String detail) {
        CaseEvent event = events.save(new CaseEvent(caseId, type, clock.now(), actor, detail));
        publisher.publishEvent(new CaseEventRecorded(event));
        return event;
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> of(String caseId) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public boolean has(String caseId, CaseEventType type) {
        return events.existsByCaseIdAndEventType(caseId, type);
    }
}
