package jp.nintei.primary;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jp.nintei.carelevel.CareLevel;

/** 一次判定: the level the 認定ソフト derived from the standard care time. */
@Entity
public class PrimaryDetermination {

    @Id
    private String caseId;

    @Enumerated(EnumType.STRING)
    private CareLevel careLevel;

    private BigDecimal standardTimeMinutes;
    private Instant recordedAt;
    private String recordedBy;

    protected PrimaryDetermination() {
    }

    PrimaryDetermination(String caseId, CareLevel careLevel, BigDecimal standardTimeMinutes, Instant recordedAt,
            String recordedBy) {
        this.caseId = caseId;
        this.careLevel = careLevel;
        this.standardTimeMinutes = standardTimeMinutes;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String getCaseId() {
        return caseId;
    }

    public CareLevel getCareLevel() {
        return careLevel;
    }

    public BigDecimal getStandardTimeMinutes() {
        return standardTimeMinutes;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
