package jp.nintei.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.time.BusinessClock;

/** Reads a case's progress, now or as it stood at a past moment. Callers audit the read. */
@Service
public class ProgressService {

    /** The internal checkpoints: the first eleven event types, in their order (see CaseEventType). */
    public static final List<CaseEventType> CHECKPOINTS = Arrays.asList(CaseEventType.values()).subList(0, 11);

    private final ProgressStatusRepository statuses;
    private final CaseHistory history;
    private final BusinessClock clock;

    ProgressService(ProgressStatusRepository statuses, CaseHistory history, BusinessClock clock) {
        this.statuses = statuses;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CaseProgress of(String caseId) {
        return asOf(caseId, clock.now());
    }

    /** Everything as it was known at {@code at}: later rows and events are simply not read. */
    @Transactional(readOnly = true)
    public CaseProgress asOf(String caseId, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, clock.zone());
        List<ProgressStatus> rows = statuses.findByCaseIdAndRecordedAtLessThanEqualOrderByIdAsc(caseId, at);
        List<PublicStatusView> timeline = rows.stream().map(s -> PublicStatusView.of(s, null)).toList();
        PublicStatusView current = rows.isEmpty() ? null : PublicStatusView.of(rows.get(rows.size() - 1), day);
        List<CaseEvent> events = history.of(caseId).stream().filter(e -> !e.getOccurredAt().isAfter(at)).toList();
        return new CaseProgress(caseId, at, current, timeline, checkpoints(events));
    }

    @Transactional(readOnly = true)
    public Optional<PublicStatusView> current(String caseId) {
        return statuses.findFirstByCaseIdOrderByIdDesc(caseId).map(s -> PublicStatusView.of(s, clock.today()));
    }

    /** The current public state of each case that has one, for lists. */
    @Transactional(readOnly = true)
    public Map<String, PublicStatusView> current(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = clock.today();
        return statuses.findCurrent(caseIds).stream()
                .collect(Collectors.toMap(ProgressStatus::getCaseId, s -> PublicStatusView.of(s, today),
                        (a, b) -> a));
    }

    private static List<CaseProgress.Checkpoint> checkpoints(List<CaseEvent> events) {
        Map<CaseEventType, List<CaseEvent>> byType = events.stream()
                .collect(Collectors.groupingBy(CaseEvent::getEventType));
        return CHECKPOINTS.stream().map(type -> {
            List<CaseEvent> reached = byType.getOrDefault(type, List.of());
            Instant first = reached.isEmpty() ? null : reached.get(0).getOccurredAt();
            return new CaseProgress.Checkpoint(type, type.label(), first, reached.size());
        }).toList();
    }
}
