package jp.nintei.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Repository;

import jakarta.persistence.EntityManager;
import jp.nintei.application.ApplicationType;
import jp.nintei.progress.CaseEvent;
import jp.nintei.progress.CaseEventType;

/**
 * Read-only queries over the registers the KPIs are computed from: the decisions and their
 * applications, and the append-only case history. Nothing here writes.
 */
@Repository
class KpiHistory {

    static final EnumSet<CaseEventType> MILESTONES = EnumSet.of(CaseEventType.SURVEY_COMPLETED,
            CaseEventType.OPINION_RECEIVED);
    private static final int CHUNK = 500;

    private final EntityManager em;

    KpiHistory(EntityManager em) {
        this.em = em;
    }

    /**
     * The insurer's cases decided between the two days (both included). Decisions recorded before
     * the 認定日 was kept are found by their decision time instead.
     */
    List<DecidedCase> decided(String insurerNumber, LocalDate from, LocalDate to, Instant fromInstant,
            Instant toInstant, ApplicationType type) {
        return em.createQuery("""
                select new jp.nintei.kpi.DecidedCase(a.caseId, a.applicationType, a.receivedDate, d.decisionDate,
                    d.decidedAt, d.careLevel, d.primaryCareLevel)
                from CertificationDecision d, CertificationApplication a
                where a.caseId = d.caseId and a.insurer.insurerNumber = :insurer
                  and (:type is null or a.applicationType = :type)
                  and ((d.decisionDate between :from and :to)
                    or (d.decisionDate is null and d.decidedAt >= :fromInstant and d.decidedAt < :toInstant))
                order by a.caseId""", DecidedCase.class)
                .setParameter("insurer", insurerNumber)
                .setParameter("type", type)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("fromInstant", fromInstant)
                .setParameter("toInstant", toInstant)
                .getResultList();
    }

    /** The survey and opinion milestones of the cases, oldest first. */
    List<CaseEvent> milestones(List<String> caseIds) {
        List<CaseEvent> events = new ArrayList<>();
        for (int i = 0; i < caseIds.size(); i += CHUNK) {
            events.addAll(em.createQuery("""
                    select e from CaseEvent e where e.caseId in :ids and e.eventType in :types
                    order by e.occurredAt, e.id""", CaseEvent.class)
                    .setParameter("ids", caseIds.subList(i, Math.min(i + CHUNK, caseIds.size())))
                    .setParameter("types", MILESTONES)
                    .getResultList());
        }
        return events;
    }
}
