package jp.nintei.opinion;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.nintei.application.CaseNotFoundException;

/**
 * Serialises, per case, "an opinion or decline arrives" against "the process decides whether
 * to wait for one". Both take this row lock first, so an arrival either commits before the
 * process looks (and is found) or waits until the process waits (and is correlated): never lost
 * between the two. The lock is the case's application row, which exists before any stage.
 */
@Component
class CaseLock {

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(propagation = Propagation.MANDATORY)
    void lock(String caseId) {
        var rows = entityManager
                .createNativeQuery("select case_id from certification_application where case_id = ?1 for update")
                .setParameter(1, caseId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new CaseNotFoundException(caseId);
        }
    }
}
