package jp.nintei.application;

import java.time.LocalDate;

/** A case as the staff API shows it. */
public record ApplicationView(
        String caseId,
        String insuredNumber,
        String insuredName,
        ApplicationType applicationType,
        String applicationTypeLabel,
        LocalDate receivedDate,
        LocalDate decisionDueDate,
        ApplicantKind applicantKind,
        String applicantName,
        String proxyOfficeName,
        boolean consentToShare,
        ApplicationState state,
        String stateLabel,
        String closedReason) {

    static ApplicationView of(CertificationApplication a) {
        return new ApplicationView(a.getCaseId(), a.getInsuredPerson().getInsuredNumber(),
                a.getInsuredPerson().getName(), a.getApplicationType(), a.getApplicationType().label(),
                a.getReceivedDate(), a.getDecisionDueDate(), a.getApplicantKind(), a.getApplicantName(),
                a.getProxyOfficeName(), a.isConsentToShare(), a.getState(), a.getState().label(),
                a.getClosedReason());
    }
}
