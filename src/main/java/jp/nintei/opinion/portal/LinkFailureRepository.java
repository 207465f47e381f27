package jp.nintei.opinion.portal;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LinkFailureRepository extends JpaRepository<LinkFailure, Long> {

    long countByClientKeyAndOccurredAtAfter(String clientKey, Instant after);

    @Modifying
    @Query("delete from LinkFailure f where f.occurredAt < ?1")
    int deleteOlderThan(Instant before);
}
