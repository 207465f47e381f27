package jp.nintei.sharedinfo;

import java.math.BigDecimal;
import java.time.LocalDate;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.ApplicationState;
import jp.nintei.application.ApplicationType;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.progress.PublicState;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;

/**
 * The certification information of one case as the shared-info store keeps and publishes it:
 * summaries taken from each stage's public service, so a stage's internal changes do not
 * reach subscribers. A section is null until its stage has produced something.
 */
public record CertificationInfo(
        ApplicationInfo application,
        ProgressInfo progress,
        SurveyInfo survey,
        OpinionInfo opinion,
        DeterminationInfo determination,
        DecisionInfo decision,
        CertificateInfo certificate) {

    public record ApplicationInfo(String caseId, String insurerNumber, String insuredNumber,
            ApplicationType applicationType, String applicationTypeLabel, LocalDate receivedDate,
            ApplicantKind applicantKind, String applicantKindLabel, String proxyOfficeNumber, String proxyOfficeName,
            ApplicationState state, String stateLabel) {
    }

    public record ProgressInfo(PublicState state, String label, String text, LocalDate expectedDate,
            String expectedLabel, LocalDate decisionExpectedDate) {
    }

    /** 認定調査: when it was requested and when its result was recorded (null while outstanding). */
    public record SurveyInfo(LocalDate requestedOn, LocalDate completedOn) {
    }

    /** 主治医意見書: who wrote it, when it arrived, and the two 日常生活自立度. */
    public record OpinionInfo(LocalDate receivedDate, String physicianName, String institutionName,
            BedriddenLevel bedriddenLevel, String bedriddenLabel, DementiaLevel dementiaLevel, String dementiaLabel) {
    }

    /** 一次判定 and 二次判定. */
    public record DeterminationInfo(CareLevel primaryLevel, String primaryLabel, BigDecimal standardTimeMinutes,
            CareLevel secondaryLevel, String secondaryLabel, Boolean changedByBoard) {
    }

    /** 認定結果. */
    public record DecisionInfo(CareLevel careLevel, String careLevelLabel, boolean certified, LocalDate validFrom,
            LocalDate validTo, Integer validityMonths, String nonApplicableReason, String boardOpinion,
            LocalDate decidedOn, LocalDate notifiedOn) {
    }

    /** 被保険者証に記載する認定情報: present once a certified result has been notified. */
    public record CertificateInfo(CareLevel careLevel, String careLevelLabel, LocalDate validFrom, LocalDate validTo,
            LocalDate issuedOn) {
    }
}
