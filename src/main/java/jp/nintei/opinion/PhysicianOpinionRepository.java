package jp.nintei.opinion;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PhysicianOpinionRepository extends JpaRepository<PhysicianOpinion, Long> {

    List<PhysicianOpinion> findByCaseIdOrderByVersionAsc(String caseId);

    Optional<PhysicianOpinion> findFirstByCaseIdOrderByVersionDesc(String caseId);

    Optional<PhysicianOpinion> findFirstByCaseIdAndStatusOrderByVersionDesc(String caseId, OpinionStatus status);

    Optional<PhysicianOpinion> findFirstByRequestIdOrderByVersionDesc(Long requestId);

    Optional<PhysicianOpinion> findBySubmissionKey(String submissionKey);

    @Query("select coalesce(max(o.version), 0) from PhysicianOpinion o where o.caseId = ?1")
    int maxVersion(String caseId);
}
