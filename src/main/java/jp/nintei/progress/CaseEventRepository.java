package jp.nintei.progress;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete is exposed (PostgreSQL also forbids them). */
public interface CaseEventRepository extends Repository<CaseEvent, Long> {

    CaseEvent save(CaseEvent event);

    List<CaseEvent> findByCaseIdOrderByOccurredAtAscIdAsc(String caseId);

    boolean existsByCaseIdAndEventType(String caseId, CaseEventType eventType);
}
