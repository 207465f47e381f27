package jp.nintei.application;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditLog;
import jp.nintei.deadline.StatutoryDeadline;
import jp.nintei.engine.CaseEngine;
import jp.nintei.engine.CaseVariables;
import jp.nintei.insured.CertificateRepository;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.Violation;

/**
 * Receives 要介護認定申請. Both entry points (the REST API and the Tasklist start form) come here,
 * so an application is checked by the same rules however it arrives, and a refused one leaves
 * nothing behind: the exception rolls back the whole transaction, process start included.
 */
@Service
public class IntakeService {

    private final Validator validator;
    private final IntakeRules rules;
    private final InsuredPersonRepository persons;
    private final CertificateRepository certificates;
    private final CertificationApplicationRepository applications;
    private final CaseNumbers caseNumbers;
    private final StatutoryDeadline deadline;
    private final CaseHistory history;
    private final CaseEngine engine;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    IntakeService(Validator validator, IntakeRules rules, InsuredPersonRepository persons,
            CertificateRepository certificates, CertificationApplicationRepository applications,
            CaseNumbers caseNumbers, StatutoryDeadline deadline, CaseHistory history, CaseEngine engine,
            AuditLog audit, CurrentUser currentUser, BusinessClock clock) {
        this.validator = validator;
        this.rules = rules;
        this.persons = persons;
        this.certificates = certificates;
        this.applications = applications;
        this.caseNumbers = caseNumbers;
        this.deadline = deadline;
        this.history = history;
        this.engine = engine;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** REST path: registers the application and starts its certification process. */
    @Transactional
    public CertificationApplication receive(IntakeRequest request) {
        CertificationApplication application = register(request);
        engine.startCase(application.getCaseId(), startVariables(application));
        return application;
    }

    /** Checks and stores the application; the caller starts or continues the process. */
    @Transactional
    public CertificationApplication register(IntakeRequest request) {
        validateFields(request);
        InsuredPerson person = persons.findByInsuredNumber(request.insuredNumber())
                .orElseThrow(() -> new IntakeRejectedException(List.of(new Violation("insuredNumber",
                        "被保険者番号 " + request.insuredNumber() + " の被保険者が見つかりません"))));
        applications.lockPerson(person);
        List<Violation> violations = rules.check(request, person, clock.today());
        if (!violations.isEmpty()) {
            throw new IntakeRejectedException(violations);
        }
        CertificationApplication application = applications.save(newApplication(request, person));
        String actor = currentUser.id();
        history.append(application.getCaseId(), CaseEventType.APPLICATION_RECEIVED, actor,
                request.applicationType().label() + "申請（" + request.applicantKind().label() + "）");
        audit.record(AuditAction.CREATE, application.getCaseId(), person.getInsuredNumber(),
                "要介護認定申請", "申請受付", null);
        return application;
    }

    /** The variables the certification process needs; business data stays in the tables. */
    public Map<String, Object> startVariables(CertificationApplication application) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID, application.getCaseId());
        variables.put(CaseVariables.CASE_LABEL, label(application));
        variables.put(CaseVariables.APPLICATION_TYPE, application.getApplicationType().name());
        variables.put(CaseVariables.EXTENSION_NOTICE_DUE_AT,
                clock.startOf(deadline.noticeDueDate(application.getReceivedDate())));
        return variables;
    }

    private CertificationApplication newApplication(IntakeRequest request, InsuredPerson person) {
        var application = new CertificationApplication(caseNumbers.next(request.receivedDate()), person,
                request.applicationType(), request.receivedDate(), deadline.decisionDueDate(request.receivedDate()),
                clock.now(), currentUser.id());
        application.describeApplicant(request.applicantKind(), request.applicantName(),
                request.proxyOfficeName(), request.proxyOfficeNumber());
        application.describeMedical(IntakeRules.specifiedDisease(request, person),
                request.attendingPhysicianName(), request.medicalInstitutionName());
        application.setConsentToShare(request.consentToShare());
        certificates.findCurrent(person, request.receivedDate()).ifPresent(application::setPreviousCertificate);
        return application;
    }

    private void validateFields(IntakeRequest request) {
        var problems = validator.validate(request);
        if (!problems.isEmpty()) {
            throw new IntakeRejectedException(problems.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(IntakeService::toViolation)
                    .toList());
        }
    }

    private static Violation toViolation(ConstraintViolation<IntakeRequest> v) {
        return new Violation(v.getPropertyPath().toString(), v.getMessage());
    }

    /** "2026-000123 山田 太郎（新規）": enough for staff to recognise the case in Tasklist. */
    static String label(CertificationApplication application) {
        return application.getCaseId() + " " + application.getInsuredPerson().getName()
                + "（" + application.getApplicationType().label() + "）";
    }
}
