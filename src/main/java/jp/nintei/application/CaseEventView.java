package jp.nintei.application;

import java.time.Instant;

import jp.nintei.progress.CaseEvent;
import jp.nintei.progress.CaseEventType;

public record CaseEventView(CaseEventType type, String label, Instant occurredAt, String actor, String detail) {

    static CaseEventView of(CaseEvent e) {
        return new CaseEventView(e.getEventType(), e.getEventType().label(), e.getOccurredAt(), e.getActor(), e.getDetail());
    }
}
