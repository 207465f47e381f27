package jp.nintei.opinion;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OpinionLinkRepository extends JpaRepository<OpinionLink, Long> {

    Optional<OpinionLink> findByTokenHash(String tokenHash);

    List<OpinionLink> findByRequestOrderByIdAsc(OpinionRequest request);

    List<OpinionLink> findByRequestCaseIdOrderByIdAsc(String caseId);
}
