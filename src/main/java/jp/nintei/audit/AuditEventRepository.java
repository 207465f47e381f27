package jp.nintei.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append and read only. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByCaseIdOrderByIdAsc(String caseId);

    List<AuditEvent> findByActorOrderByIdAsc(String actor);

    long count();
}
