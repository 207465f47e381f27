package jp.nintei.board;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jp.nintei.carelevel.CareLevel;

/**
 * 二次判定: the board's level, validity and opinion for one case, with the session that decided
 * it and how it compares with the primary result (for the change-rate KPI).
 */
@Entity
public class SecondaryDetermination {

    @Id
    private String caseId;

    @Enumerated(EnumType.STRING)
    private CareLevel careLevel;

    /** Null for 非該当 (no certification), or when the default period applies. */
    private Integer validityMonths;

    /** Why the board departed from the primary result, in words; null when it confirmed it. */
    private String changeReason;

    @Enumerated(EnumType.STRING)
    private ChangeReason changeReasonCode;

    /** 非該当の理由 (法27条9項). */
    private String nonApplicableReason;

    private String boardOpinion;
    private Long sessionId;

    @Enumerated(EnumType.STRING)
    private CareLevel primaryCareLevel;

    @Enumerated(EnumType.STRING)
    private ChangeDirection changeDirection;

    private Instant recordedAt;
    private String recordedBy;

    protected SecondaryDetermination() {
    }

    SecondaryDetermination(String caseId, Long sessionId, CareLevel primaryCareLevel, BoardResult result,
            Instant recordedAt, String recordedBy) {
        this.caseId = caseId;
        this.sessionId = sessionId;
        this.primaryCareLevel = primaryCareLevel;
        this.careLevel = result.careLevel();
        this.validityMonths = result.validityMonths();
        this.changeReasonCode = result.changeReasonCode();
        this.changeReason = result.changeReason();
        this.nonApplicableReason = result.nonApplicableReason();
        this.boardOpinion = result.boardOpinion();
        this.changeDirection = ChangeDirection.of(primaryCareLevel, careLevel);
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

    /** The reason as letters print it: the code's label, and the secretariat's words when given. */
    public String getChangeReason() {
        if (changeReasonCode == null) {
            return changeReason;
        }
        if (changeReason == null || changeReason.isBlank()) {
            return changeReasonCode.label();
        }
        return changeReasonCode == ChangeReason.OTHER ? changeReason : changeReasonCode.label() + "：" + changeReason;
    }

    public ChangeReason getChangeReasonCode() {
        return changeReasonCode;
    }

    public String getChangeReasonText() {
        return changeReason;
    }

    public String getNonApplicableReason() {
        return nonApplicableReason;
    }

    public String getBoardOpinion() {
        return boardOpinion;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public CareLevel getPrimaryCareLevel() {
        return primaryCareLevel;
    }

    public ChangeDirection getChangeDirection() {
        return changeDirection;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
