package jp.nintei.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;

/**
 * The auditor's view of the audit log: search by case, insured person, user, period, document
 * and action, and export as CSV. Reading the log is itself written to the log (who looked for
 * what, and how many rows an export held), so the auditors' own access can be audited.
 */
@Service
public class AuditTrail {

    public static final int PAGE_SIZE = 100;
    /** An export larger than this must be narrowed: a spreadsheet cannot open much more. */
    public static final int MAX_EXPORT = 200_000;
    static final String DOCUMENT = "監査ログ";
    private static final int CHUNK = 1_000;

    private final EntityManager em;
    private final AuditLog log;
    private final BusinessClock clock;

    AuditTrail(EntityManager em, AuditLog log, BusinessClock clock) {
        this.em = em;
        this.log = log;
        this.clock = clock;
    }

    public record Page(List<AuditEvent> events, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** One page of matching events, newest first; the search is audited. */
    @Transactional
    public Page search(AuditFilter filter, int page) {
        if (page < 0) {
            throw new InvalidInputException("page", "ページ番号は0以上で指定してください");
        }
        long total = count(filter, null);
        log.record(AuditAction.READ, filter.caseId(), filter.insuredNumber(), DOCUMENT, "監査ログの閲覧",
                filter.describe() + "（" + total + "件）");
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> e = query.from(AuditEvent.class);
        query.where(predicates(cb, e, filter).toArray(Predicate[]::new)).orderBy(cb.desc(e.get("id")));
        List<AuditEvent> events = em.createQuery(query).setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultList();
        return new Page(events, total, page, PAGE_SIZE);
    }

    /** The distinct document names in the log, for the auditor's filter. */
    @Transactional(readOnly = true)
    public List<String> documents() {
        return em.createQuery("select distinct e.document from AuditEvent e order by e.document", String.class)
                .getResultList();
    }

    /** An export: the rows that matched when it started (ids up to {@code upToId}), and how many. */
    public record Export(AuditFilter filter, long upToId, long rows) {
    }

    /**
     * Records the export with its row count, then the caller streams the rows with {@link #write}.
     * An export above {@link #MAX_EXPORT} rows is refused. The export's own entry is not in it.
     */
    @Transactional
    public Export startExport(AuditFilter filter) {
        Long max = em.createQuery("select max(e.id) from AuditEvent e", Long.class).getSingleResult();
        long upToId = max == null ? 0 : max;
        long rows = count(filter, upToId);
        if (rows > MAX_EXPORT) {
            throw new InvalidInputException("from", "出力は" + MAX_EXPORT + "件までです（該当 " + rows
                    + "件）。期間などの条件を絞ってください");
        }
        log.record(AuditAction.EXPORT, filter.caseId(), filter.insuredNumber(), DOCUMENT, "監査ログのCSV出力",
                filter.describe() + "（" + rows + "件）");
        return new Export(filter, upToId, rows);
    }

    /** The export's events oldest first, read in chunks by id so that a large export stays small in memory. */
    @Transactional(readOnly = true)
    public void write(Export export, Consumer<AuditEvent> sink) {
        long after = 0;
        while (true) {
            List<AuditEvent> chunk = chunk(export.filter(), after, export.upToId());
            chunk.forEach(sink);
            em.clear();
            if (chunk.size() < CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1).getId();
        }
    }

    public ZoneId zone() {
        return clock.zone();
    }
    private List<AuditEvent> chunk(AuditFilter filter, long afterId, long upToId) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> e = query.from(AuditEvent.class);
        List<Predicate> where = predicates(cb, e, filter);
        where.add(cb.greaterThan(e.get("id"), afterId));
        where.add(cb.lessThanOrEqualTo(e.get("id"), upToId));
        query.where(where.toArray(Predicate[]::new)).orderBy(cb.asc(e.get("id")));
        return em.createQuery(query).setMaxResults(CHUNK).getResultList();
    }

    private long count(AuditFilter filter, Long upToId) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        Root<AuditEvent> e = query.from(AuditEvent.class);
        List<Predicate> where = predicates(cb, e, filter);
        if (upToId != null) {
            where.add(cb.lessThanOrEqualTo(e.get("id"), upToId));
        }
        query.select(cb.count(e)).where(where.toArray(Predicate[]::new));
        return em.createQuery(query).getSingleResult();
    }

    private List<Predicate> predicates(CriteriaBuilder cb, Root<AuditEvent> e, AuditFilter f) {
        List<Predicate> p = new ArrayList<>();
        if (f.caseId() != null) {
            p.add(cb.equal(e.get("caseId"), f.caseId()));
        }
        if (f.insuredNumber() != null) {
            p.add(cb.equal(e.get("insuredNumber"), f.insuredNumber()));
        }
        if (f.actor() != null) {
            p.add(cb.equal(e.get("actor"), f.actor()));
        }
        if (f.document() != null) {
            p.add(cb.equal(e.get("document"), f.document()));
        }
        if (f.action() != null) {
            p.add(cb.equal(e.get("action"), f.action()));
        }
        if (f.from() != null) {
            Instant start = f.from().atStartOfDay(clock.zone()).toInstant();
            p.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), start));
        }
        if (f.to() != null) {
            Instant end = f.to().plusDays(1).atStartOfDay(clock.zone()).toInstant();
            p.add(cb.lessThan(e.get("occurredAt"), end));
        }
        return p;
    }
}
