package jp.nintei.application;

import static jp.nintei.engine.Variables.bool;
import static jp.nintei.engine.Variables.date;
import static jp.nintei.engine.Variables.enumValue;
import static jp.nintei.engine.Variables.string;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import jp.nintei.engine.CaseVariables;
import jp.nintei.insured.SpecifiedDisease;

/**
 * Tasklist start form → intake. A case started through the REST API arrives registered (it has
 * a case id) and passes straight through. A refused application throws, so Tasklist shows the
 * message and no process instance is created.
 */
@Component
class IntakeListener implements ExecutionListener {

    /** The start form's fields; removed once stored, business data lives in the tables. */
    static final List<String> FORM_FIELDS = List.of("insuredNumber", "applicationType", "receivedDate",
            "applicantKind", "applicantName", "proxyOfficeName", "proxyOfficeNumber", "consentToShare",
            "specifiedDisease", "attendingPhysicianName", "medicalInstitutionName");

    private final IntakeService intake;

    IntakeListener(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.hasVariable(CaseVariables.CASE_ID)) {
            return;
        }
        CertificationApplication application = intake.register(fromForm(execution));
        execution.setProcessBusinessKey(application.getCaseId());
        execution.removeVariables(FORM_FIELDS);
        execution.setVariables(intake.startVariables(application));
    }

    static IntakeRequest fromForm(DelegateExecution execution) {
        return new IntakeRequest(
                string(execution, "insuredNumber"),
                enumValue(execution, "applicationType", ApplicationType.class, "申請の種類"),
                date(execution, "receivedDate", "申請日"),
                enumValue(execution, "applicantKind", ApplicantKind.class, "申請者の区分"),
                string(execution, "applicantName"),
                string(execution, "proxyOfficeName"),
                string(execution, "proxyOfficeNumber"),
                bool(execution, "consentToShare"),
                enumValue(execution, "specifiedDisease", SpecifiedDisease.class, "特定疾病"),
                string(execution, "attendingPhysicianName"),
                string(execution, "medicalInstitutionName"));
    }
}
