package jp.nintei.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;

/**
 * Writes the audit trail. Call it wherever personal data leaves the system (a page, an API
 * answer, a document), naming the document and the purpose.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    public AuditLog(AuditEventRepository events, CurrentUser currentUser, BusinessClock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a read of a case's personal data by the current user. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void read(String caseId, String insuredNumber, String document, String purpose) {
        record(AuditAction.READ, caseId, insuredNumber, document, purpose, null);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String caseId, String insuredNumber, String document,
            String purpose, String detail) {
        events.save(new AuditEvent(clock.now(), currentUser.id(), action, caseId, insuredNumber,
                document, purpose, detail));
    }
}
