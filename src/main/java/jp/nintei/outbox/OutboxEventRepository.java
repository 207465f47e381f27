package jp.nintei.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxEventRepository extends JpaRepository<OutboxEvent, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    List<OutboxEvent> findByStatusOrderByIdAsc(OutboxEvent.Status status, Pageable page);

    List<OutboxEvent> findByCaseIdOrderByIdAsc(String caseId);

    long countByStatus(OutboxEvent.Status status);

    @Query("""
            select e.id from OutboxEvent e
            where e.status = jp.nintei.outbox.OutboxEvent.Status.PENDING and e.nextAttemptAt <= ?1
              and (e.lockedUntil is null or e.lockedUntil < ?1)
            order by e.nextAttemptAt, e.id""")
    List<Long> findDue(Instant now, Pageable page);

    /**
     * Claims one event for this node until {@code until}. Exactly one node's update matches, so
     * two nodes never deliver the same event at the same time; a node that dies mid-delivery
     * leaves a lock that expires and the event is delivered again (at least once).
     */
    @Modifying
    @Query("""
            update OutboxEvent e set e.lockedUntil = ?3, e.lockedBy = ?4
            where e.id = ?1 and e.status = jp.nintei.outbox.OutboxEvent.Status.PENDING
              and (e.lockedUntil is null or e.lockedUntil < ?2)""")
    int claim(long id, Instant now, Instant until, String node);
}
