package jp.nintei.progress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only, like the case history (PostgreSQL also forbids UPDATE and DELETE). */
interface ProgressStatusRepository extends Repository<ProgressStatus, Long> {

    ProgressStatus save(ProgressStatus status);

    Optional<ProgressStatus> findFirstByCaseIdOrderByIdDesc(String caseId);

    List<ProgressStatus> findByCaseIdAndRecordedAtLessThanEqualOrderByIdAsc(String caseId, Instant at);

    /** The current row of each of the given cases. */
    @Query("""
            select s from ProgressStatus s
            where s.caseId in ?1
              and s.id = (select max(t.id) from ProgressStatus t where t.caseId = s.caseId)""")
    List<ProgressStatus> findCurrent(Collection<String> caseIds);
}
