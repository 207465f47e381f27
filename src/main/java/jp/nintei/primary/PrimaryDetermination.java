package jp.nintei.primary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;

/**
 * 一次判定 of a case as the 認定ソフト computed it and the validator accepted it. Never changed
 * after it is recorded; readers get every part through the getters.
 */
@Entity
public class PrimaryDetermination {

    /** How the result arrived. */
    public enum Source {
        /** From the 認定ソフト bridge through the external task. */
        BRIDGE,
        /** Keyed in by staff from the 認定ソフト printout. */
        MANUAL
    }

    @Id
    private String caseId;

    @Enumerated(EnumType.STRING)
    private CareLevel careLevel;

    /** The total: 要介護認定等基準時間. */
    private BigDecimal standardTimeMinutes;
    private BigDecimal mealMinutes;
    private BigDecimal excretionMinutes;
    private BigDecimal movementMinutes;
    private BigDecimal hygieneMinutes;
    private BigDecimal indirectCareMinutes;
    private BigDecimal bpsdMinutes;
    private BigDecimal functionalTrainingMinutes;
    private BigDecimal medicalMinutes;
    private BigDecimal dementiaAdditionMinutes;
    @Column(name = "group_score_1")
    private BigDecimal groupScore1;
    @Column(name = "group_score_2")
    private BigDecimal groupScore2;
    @Column(name = "group_score_3")
    private BigDecimal groupScore3;
    @Column(name = "group_score_4")
    private BigDecimal groupScore4;
    @Column(name = "group_score_5")
    private BigDecimal groupScore5;
    private String warningCodes;

    @Enumerated(EnumType.STRING)
    private Stability stability;

    private BigDecimal dementiaProbability;

    @Enumerated(EnumType.STRING)
    private BedriddenLevel surveyBedriddenLevel;

    @Enumerated(EnumType.STRING)
    private DementiaLevel surveyDementiaLevel;

    @Enumerated(EnumType.STRING)
    private BedriddenLevel opinionBedriddenLevel;

    @Enumerated(EnumType.STRING)
    private DementiaLevel opinionDementiaLevel;

    private String ruleBasis;

    @Enumerated(EnumType.STRING)
    private Source source;

    private Integer surveyVersion;
    private Instant recordedAt;
    private String recordedBy;

    protected PrimaryDetermination() {
    }

    PrimaryDetermination(String caseId, PrimaryResult r, Source source, int surveyVersion, Instant recordedAt,
            String recordedBy) {
        this.caseId = caseId;
        this.careLevel = r.careLevel();
        this.standardTimeMinutes = r.totalMinutes();
        this.mealMinutes = r.times().get(CareTime.MEAL);
        this.excretionMinutes = r.times().get(CareTime.EXCRETION);
        this.movementMinutes = r.times().get(CareTime.MOVEMENT);
        this.hygieneMinutes = r.times().get(CareTime.HYGIENE);
        this.indirectCareMinutes = r.times().get(CareTime.INDIRECT_CARE);
        this.bpsdMinutes = r.times().get(CareTime.BPSD);
        this.functionalTrainingMinutes = r.times().get(CareTime.FUNCTIONAL_TRAINING);
        this.medicalMinutes = r.times().get(CareTime.MEDICAL);
        this.dementiaAdditionMinutes = r.times().get(CareTime.DEMENTIA_ADDITION);
        this.groupScore1 = r.groupScores().get(0);
        this.groupScore2 = r.groupScores().get(1);
        this.groupScore3 = r.groupScores().get(2);
        this.groupScore4 = r.groupScores().get(3);
        this.groupScore5 = r.groupScores().get(4);
        this.warningCodes = String.join(",", r.warningCodes());
        this.stability = r.stability();
        this.dementiaProbability = r.dementiaProbability();
        this.surveyBedriddenLevel = r.surveyBedridden();
        this.surveyDementiaLevel = r.surveyDementia();
        this.opinionBedriddenLevel = r.opinionBedridden();
        this.opinionDementiaLevel = r.opinionDementia();
        this.ruleBasis = r.basis();
        this.source = source;
        this.surveyVersion = surveyVersion;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String getCaseId() {
        return caseId;
    }

    /** The primary level (一次判定結果). */
    public CareLevel getCareLevel() {
        return careLevel;
    }

    /** 要介護認定等基準時間: the sum of the nine times (±0.1). */
    public BigDecimal getStandardTimeMinutes() {
        return standardTimeMinutes;
    }

    /** The nine times in the order of {@link CareTime} (empty for results recorded before issue 3). */
    public Map<CareTime, BigDecimal> getTimes() {
        Map<CareTime, BigDecimal> times = new EnumMap<>(CareTime.class);
        BigDecimal[] values = {mealMinutes, excretionMinutes, movementMinutes, hygieneMinutes, indirectCareMinutes,
                bpsdMinutes, functionalTrainingMinutes, medicalMinutes, dementiaAdditionMinutes};
        for (CareTime t : CareTime.values()) {
            if (values[t.ordinal()] != null) {
                times.put(t, values[t.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(times);
    }

    /** 中間評価項目得点 of groups 1–5 (index 0 = 第1群), 0–100. */
    public List<BigDecimal> getGroupScores() {
        return Arrays.asList(groupScore1, groupScore2, groupScore3, groupScore4, groupScore5).stream()
                .filter(java.util.Objects::nonNull).toList();
    }

    public List<String> getWarningCodes() {
        return warningCodes == null || warningCodes.isBlank() ? List.of() : List.of(warningCodes.split(","));
    }

    /** 状態の安定性; may be absent outside the 32–50 minute band. */
    public Stability getStability() {
        return stability;
    }

    /** 認知症自立度Ⅱ以上の蓋然性 in percent; may be absent outside the 32–50 minute band. */
    public BigDecimal getDementiaProbability() {
        return dementiaProbability;
    }

    public BedriddenLevel getSurveyBedriddenLevel() {
        return surveyBedriddenLevel;
    }

    public DementiaLevel getSurveyDementiaLevel() {
        return surveyDementiaLevel;
    }

    public BedriddenLevel getOpinionBedriddenLevel() {
        return opinionBedriddenLevel;
    }

    public DementiaLevel getOpinionDementiaLevel() {
        return opinionDementiaLevel;
    }

    /** The rule of the threshold table the level agrees with, in Japanese. */
    public String getRuleBasis() {
        return ruleBasis;
    }

    public Source getSource() {
        return source;
    }

    /** The survey version the result was computed from. */
    public Integer getSurveyVersion() {
        return surveyVersion;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
