package jp.nintei.progress;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Serialises the follow-up writes of one case (public status history, shared-info record):
 * two checkpoints committed at the same time on two nodes (the survey and the opinion run in
 * parallel) would otherwise each judge the case without the other and leave a stale state or a
 * lost revision. The lock is the case's application row, held until the checkpoint commits;
 * the second transaction then reads what the first committed.
 */
@Component
public class CaseLock {

    private final EntityManager entityManager;

    CaseLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String caseId) {
        entityManager.createNativeQuery("select case_id from certification_application where case_id = ?1 for update")
                .setParameter(1, caseId)
                .getResultList();
    }
}
