package jp.nintei.board;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jp.nintei.carelevel.CareLevel;

/** 二次判定: the board's level, validity and opinion for one case. */
@Entity
public class SecondaryDetermination {

    @Id
    private String caseId;

    @Enumerated(EnumType.STRING)
    private CareLevel careLevel;

    /** Null for 非該当 (no certification). */
    private Integer validityMonths;

    /** Why the board departed from the primary result; null when it confirmed it. */
    private String changeReason;

    /** 非該当の理由 (法27条9項). */
    private String nonApplicableReason;

    private String boardOpinion;
    private Instant recordedAt;
    private String recordedBy;

    protected SecondaryDetermination() {
    }

    SecondaryDetermination(String caseId, CareLevel careLevel, Integer validityMonths, String changeReason,
            String nonApplicableReason, String boardOpinion, Instant recordedAt, String recordedBy) {
        this.caseId = caseId;
        this.careLevel = careLevel;
        this.validityMonths = validityMonths;
        this.changeReason = changeReason;
        this.nonApplicableReason = nonApplicableReason;
        this.boardOpinion = boardOpinion;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String getCaseId() {
        return caseId;
    }

    public CareLevel getCareLevel() {
        return careLevel;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public String getNonApplicableReason() {
        return nonApplicableReason;
    }

    public String getBoardOpinion() {
        return boardOpinion;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
