package jp.nintei.resident;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditLog;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.decision.CertificationDecisionService;
import jp.nintei.insured.Certificate;
import jp.nintei.insured.CertificateRepository;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.progress.ProgressService;
import jp.nintei.progress.PublicStatusView;
import jp.nintei.sharedinfo.CertificationInfo;
import jp.nintei.sharedinfo.ConsentPolicy;
import jp.nintei.sharedinfo.Section;
import jp.nintei.sharedinfo.SharedInfoStore;
import jp.nintei.sharedinfo.SharedInfoView;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.NotFoundException;

/**
 * The resident's own cases, as the resident channel (API and page) shows them: progress with
 * its timeline, and the result once notified (ConsentPolicy.forResident). Every read is audited.
 */
@Service
public class ResidentPortal {

    private final InsuredPersonRepository persons;
    private final CertificateRepository certificates;
    private final SharedInfoStore store;
    private final ConsentPolicy consent;
    private final ProgressService progress;
    private final AuditLog audit;
    private final CertificationDecisionService decisions;
    private final BusinessClock clock;

    ResidentPortal(InsuredPersonRepository persons, CertificateRepository certificates, SharedInfoStore store,
            ConsentPolicy consent, ProgressService progress, AuditLog audit, CertificationDecisionService decisions,
            BusinessClock clock) {
        this.persons = persons;
        this.certificates = certificates;
        this.store = store;
        this.consent = consent;
        this.progress = progress;
        this.audit = audit;
        this.decisions = decisions;
        this.clock = clock;
    }

    public record CaseSummary(String caseId, ApplicationType applicationType, String applicationTypeLabel,
            LocalDate receivedDate, PublicStatusView status) {
    }

    public record CaseDetail(String caseId, CertificationInfo.ApplicationInfo application, PublicStatusView status,
            List<PublicStatusView> timeline, CertificationInfo.DecisionInfo decision,
            CertificationInfo.CertificateInfo certificate, List<SharedInfoView.Withheld> withheld) {
    }

    /** The certification in force today, as on the 被保険者証. */
    public record CurrentCertificate(CareLevel careLevel, String careLevelLabel, LocalDate validFrom, LocalDate validTo) {
    }

    @Transactional
    public List<CaseSummary> cases(String insuredNumber, String purpose) {
        person(insuredNumber);
        return store.read(insuredNumber, consent::forResident, EnumSet.of(Section.PROGRESS, Section.APPLICATION), purpose)
                .stream()
                .map(v -> new CaseSummary(v.caseId(), v.application().applicationType(),
                        v.application().applicationTypeLabel(), v.application().receivedDate(),
                        progress.current(v.caseId()).orElse(null)))
                .toList();
    }

    @Transactional
    public List<CaseDetail> details(String insuredNumber, String purpose) {
        person(insuredNumber);
        return store.read(insuredNumber, consent::forResident, SharedInfoStore.all(), purpose).stream()
                .map(this::detail).toList();
    }

    /** One case of the person; another person's case is "not found", and nothing of it is read. */
    @Transactional
    public CaseDetail caseOf(String insuredNumber, String caseId, String purpose) {
        return store.readCaseOf(insuredNumber, caseId, consent::forResident, SharedInfoStore.all(), purpose)
                .map(this::detail)
                .orElseThrow(() -> new NotFoundException("案件 " + caseId + " は見つかりません"));
    }

    @Transactional
    public Optional<CurrentCertificate> certificate(String insuredNumber, String purpose) {
        InsuredPerson person = person(insuredNumber);
        var current = certificates.findCovering(person, clock.today()).stream().filter(this::notified).findFirst();
        current.ifPresent(c -> audit.read(c.getCaseId(), insuredNumber, "被保険者証（認定情報）", purpose));
        return current.map(c -> new CurrentCertificate(c.getCareLevel(), c.getCareLevel().label(), c.getValidFrom(),
                c.getValidTo()));
    }

    /** A certification decided by a case counts once its 認定結果通知書 has gone out; migrated ones always. */
    private boolean notified(Certificate certificate) {
        return certificate.getCaseId() == null || decisions.of(certificate.getCaseId())
                .map(d -> d.getNotifiedAt() != null).orElse(false);
    }

    private CaseDetail detail(SharedInfoView v) {
        var p = progress.of(v.caseId());
        return new CaseDetail(v.caseId(), v.application(), p.current(), p.timeline(), v.decision(), v.certificate(),
                v.withheld());
    }

    private InsuredPerson person(String insuredNumber) {
        return persons.findByInsuredNumber(insuredNumber)
                .orElseThrow(() -> new NotFoundException("被保険者番号 " + insuredNumber + " の被保険者は見つかりません"));
    }
}
