package jp.nintei.opinion;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OpinionRequestRepository extends JpaRepository<OpinionRequest, Long> {

    List<OpinionRequest> findByCaseIdOrderByRoundAsc(String caseId);

    Optional<OpinionRequest> findFirstByCaseIdOrderByRoundDesc(String caseId);

    @Query("select coalesce(max(r.round), 0) from OpinionRequest r where r.caseId = ?1")
    int maxRound(String caseId);
}
