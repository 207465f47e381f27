package jp.nintei.application;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * The per-case lock: the case's application row, held until the caller's transaction ends.
 * Writers that must see each other's committed work take it first, e.g. an opinion arriving
 * against the process deciding whether to wait for one (nothing lost between the two), or two
 * checkpoints of parallel stages updating the public status and the shared-info record (no
 * stale state). The row exists before any stage, so every feature can lock the same thing.
 */
@Component
public class CaseLock {

    private final EntityManager entityManager;

    CaseLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String caseId) {
        var rows = entityManager
                .createNativeQuery("select case_id from certification_application where case_id = ?1 for update")
                .setParameter(1, caseId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new CaseNotFoundException(caseId);
        }
    }
}
