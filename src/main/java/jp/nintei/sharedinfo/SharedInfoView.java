package jp.nintei.sharedinfo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A case's certification information as one viewer may see it: the sections the consent
 * policy withholds are null and listed in {@code withheld} with the reason.
 */
public record SharedInfoView(
        String caseId,
        String insurerNumber,
        String insuredNumber,
        int revision,
        Instant updatedAt,
        Consents consents,
        CertificationInfo.ApplicationInfo application,
        CertificationInfo.ProgressInfo progress,
        CertificationInfo.SurveyInfo survey,
        CertificationInfo.OpinionInfo opinion,
        CertificationInfo.DeterminationInfo determination,
        CertificationInfo.DecisionInfo decision,
        CertificationInfo.CertificateInfo certificate,
        List<Withheld> withheld) {

    /** The consent flags themselves are always shown: they explain what is withheld. */
    public record Consents(boolean resident, Boolean physician) {
    }

    public record Withheld(Section section, String label, String reason) {
    }

    static SharedInfoView of(SharedRecord record, CertificationInfo info, Disclosure d) {
        return new SharedInfoView(record.getCaseId(), record.getInsurerNumber(), record.getInsuredNumber(),
                record.getRevision(), record.getUpdatedAt(),
                new Consents(record.isResidentConsent(), record.getPhysicianConsent()),
                d.shows(Section.APPLICATION) ? info.application() : null,
                d.shows(Section.PROGRESS) ? info.progress() : null,
                d.shows(Section.SURVEY) ? info.survey() : null,
                d.shows(Section.OPINION) ? info.opinion() : null,
                d.shows(Section.DETERMINATION) ? info.determination() : null,
                d.shows(Section.DECISION) ? info.decision() : null,
                d.shows(Section.DECISION) ? info.certificate() : null,
                withheld(d.withheld()));
    }

    /** Whether the section is shown and holds something (what a read is audited for). */
    boolean holds(Section section) {
        return switch (section) {
            case PROGRESS -> progress != null;
            case APPLICATION -> application != null;
            case SURVEY -> survey != null;
            case OPINION -> opinion != null;
            case DETERMINATION -> determination != null;
            case DECISION -> decision != null || certificate != null;
        };
    }

    private static List<Withheld> withheld(Map<Section, String> reasons) {
        return reasons.entrySet().stream()
                .map(e -> new Withheld(e.getKey(), e.getKey().label(), e.getValue()))
                .toList();
    }
}
