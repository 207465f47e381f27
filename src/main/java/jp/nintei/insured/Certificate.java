package jp.nintei.insured;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jp.nintei.carelevel.CareLevel;

/**
 * The certification shown on the 被保険者証: level and validity. A decision adds a row; rows
 * migrated from a previous system have no case id.
 */
@Entity
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private InsuredPerson insuredPerson;

    @Enumerated(EnumType.STRING)
    private CareLevel careLevel;

    private LocalDate validFrom;
    private LocalDate validTo;
    private String caseId;
    private Instant recordedAt;

    protected Certificate() {
    }

    public Certificate(InsuredPerson insuredPerson, CareLevel careLevel, LocalDate validFrom,
            LocalDate validTo, String caseId, Instant recordedAt) {
        this.insuredPerson = insuredPerson;
        this.careLevel = careLevel;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.caseId = caseId;
        this.recordedAt = recordedAt;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }

    public Long getId() {
        return id;
    }

    public InsuredPerson getInsuredPerson() {
        return insuredPerson;
    }

    public CareLevel getCareLevel() {
        return careLevel;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getCaseId() {
        return caseId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
