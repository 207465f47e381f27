package jp.nintei.sharedinfo;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The shared-info store's row of one case: its certification information (JSON of
 * {@link CertificationInfo}) with the consent flags, kept per insured person. Each change
 * increments the revision that subscribers use to keep the newest.
 */
@Entity
public class SharedRecord {

    @Id
    private String caseId;

    private String insuredNumber;
    private String insurerNumber;
    private int revision;
    private boolean residentConsent;
    private Boolean physicianConsent;
    private boolean notified;
    private String content;
    private Instant createdAt;
    private Instant updatedAt;

    protected SharedRecord() {
    }

    SharedRecord(String caseId, String insuredNumber, String insurerNumber, Instant now) {
        this.caseId = caseId;
        this.insuredNumber = insuredNumber;
        this.insurerNumber = insurerNumber;
        this.createdAt = now;
    }

    /** Takes the new content; returns false (and changes nothing) when it says the same. */
    boolean update(String content, ConsentFacts facts, Instant now) {
        if (Objects.equals(this.content, content) && facts.equals(consentFacts())) {
            return false;
        }
        this.content = content;
        this.residentConsent = facts.residentConsent();
        this.physicianConsent = facts.physicianConsent();
        this.notified = facts.notified();
        this.revision++;
        this.updatedAt = now;
        return true;
    }

    public ConsentFacts consentFacts() {
        return new ConsentFacts(residentConsent, physicianConsent, notified);
    }

    public String getCaseId() {
        return caseId;
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public String getInsurerNumber() {
        return insurerNumber;
    }

    public int getRevision() {
        return revision;
    }

    public boolean isResidentConsent() {
        return residentConsent;
    }

    public Boolean getPhysicianConsent() {
        return physicianConsent;
    }

    public boolean isNotified() {
        return notified;
    }

    public String getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
