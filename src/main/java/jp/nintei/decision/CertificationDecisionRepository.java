package jp.nintei.decision;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificationDecisionRepository extends JpaRepository<CertificationDecision, String> {
}
