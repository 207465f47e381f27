package jp.nintei.application;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jp.nintei.insured.Certificate;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.Insurer;
import jp.nintei.insured.SpecifiedDisease;

/** 要介護認定申請: one case, one certification process instance (business key = case id). */
@Entity
public class CertificationApplication {

    @Id
    private String caseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Insurer insurer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private InsuredPerson insuredPerson;

    @Enumerated(EnumType.STRING)
    private ApplicationType applicationType;

    private LocalDate receivedDate;
    private LocalDate decisionDueDate;

    @Enumerated(EnumType.STRING)
    private ApplicantKind applicantKind;

    private String applicantName;
    private String proxyOfficeName;
    private String proxyOfficeNumber;

    /** 情報提供の同意: results, survey and opinion may be shown to the care planner. */
    private boolean consentToShare;

    @Enumerated(EnumType.STRING)
    private SpecifiedDisease specifiedDisease;

    private String attendingPhysicianName;
    private String medicalInstitutionName;

    @ManyToOne(fetch = FetchType.LAZY)
    private Certificate previousCertificate;

    @Enumerated(EnumType.STRING)
    private ApplicationState state;

    private String closedReason;
    private Instant closedAt;
    private Instant createdAt;
    private String createdBy;

    @Version
    private long version;

    protected CertificationApplication() {
    }

    CertificationApplication(String caseId, InsuredPerson person, ApplicationType type,
            LocalDate receivedDate, LocalDate decisionDueDate, Instant createdAt, String createdBy) {
        this.caseId = caseId;
        this.insuredPerson = person;
        this.insurer = person.getInsurer();
        this.applicationType = type;
        this.receivedDate = receivedDate;
        this.decisionDueDate = decisionDueDate;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.state = ApplicationState.RECEIVED;
    }

    void describeApplicant(ApplicantKind kind, String name, String officeName, String officeNumber) {
        this.applicantKind = kind;
        this.applicantName = name;
        this.proxyOfficeName = officeName;
        this.proxyOfficeNumber = officeNumber;
    }

    void describeMedical(SpecifiedDisease disease, String physicianName, String institutionName) {
        this.specifiedDisease = disease;
        this.attendingPhysicianName = physicianName;
        this.medicalInstitutionName = institutionName;
    }

    void setConsentToShare(boolean consentToShare) {
        this.consentToShare = consentToShare;
    }

    void setPreviousCertificate(Certificate previousCertificate) {
        this.previousCertificate = previousCertificate;
    }

    /** State changes go through ApplicationService, which also writes the case history. */
    void moveTo(ApplicationState next) {
        this.state = next;
    }

    void close(ApplicationState finalState, String reason, Instant at) {
        this.state = finalState;
        this.closedReason = reason;
        this.closedAt = at;
    }

    public String getCaseId() {
        return caseId;
    }

    public Insurer getInsurer() {
        return insurer;
    }

    public InsuredPerson getInsuredPerson() {
        return insuredPerson;
    }

    public ApplicationType getApplicationType() {
        return applicationType;
    }

    public LocalDate getReceivedDate() {
        return receivedDate;
    }

    public LocalDate getDecisionDueDate() {
        return decisionDueDate;
    }

    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getProxyOfficeName() {
        return proxyOfficeName;
    }

    public String getProxyOfficeNumber() {
        return proxyOfficeNumber;
    }

    public boolean isConsentToShare() {
        return consentToShare;
    }

    public SpecifiedDisease getSpecifiedDisease() {
        return specifiedDisease;
    }

    public String getAttendingPhysicianName() {
        return attendingPhysicianName;
    }

    public String getMedicalInstitutionName() {
        return medicalInstitutionName;
    }

    public Certificate getPreviousCertificate() {
        return previousCertificate;
    }

    public ApplicationState getState() {
        return state;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
