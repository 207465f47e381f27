package jp.nintei.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.insured.InsuredPerson;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/** The Tasklist start form path: what Tasklist submits when staff start 要介護認定 by hand. */
@ProcessTest
class TasklistIntakeTest {

    @Autowired ProcessEngine engine;
    @Autowired FormService forms;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired CertificationApplicationRepository applications;
    @Autowired TestData data;
    @Autowired BusinessClock clock;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void startFormRegistersTheApplicationAndKeepsOnlyIdsInTheProcess() {
        InsuredPerson person = data.elderly(clock.today());
        var pi = forms.submitStartForm(definitionId(), formValues(person.getInsuredNumber()));

        assertThat(pi).isWaitingAt("Task_ConfirmIntake");
        String caseId = pi.getBusinessKey();
        assertThat(caseId).matches("\\d{4}-\\d{6}");
        var application = applications.findById(caseId).orElseThrow();
        assertThat(application.getApplicantName()).isEqualTo("試験 花子");
        assertThat(application.getProxyOfficeName()).isEqualTo("さくら居宅介護支援事業所");
        assertThat(runtime.getVariables(pi.getId())).containsKeys("caseId", "caseLabel", "extensionNoticeDueAt")
                .doesNotContainKeys("insuredNumber", "applicantName", "proxyOfficeName");
    }

    @Test
    void refusedStartFormCreatesNeitherApplicationNorProcess() {
        long before = applications.count();
        long instances = runtime.createProcessInstanceQuery().count();
        Map<String, Object> values = formValues("0000000000");

        assertThatThrownBy(() -> forms.submitStartForm(definitionId(), values))
                .hasMessageContaining("被保険者番号 0000000000 の被保険者が見つかりません");
        assertThat(applications.count()).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void startFormIsTheCamundaFormDeployedWithTheProcess() {
        var formKey = forms.getStartFormKey(definitionId());
        assertThat(formKey).isNull(); // Camunda Forms use formRef, not a form key
        var startForm = forms.getStartFormData(definitionId());
        assertThat(startForm.getCamundaFormRef().getKey()).isEqualTo("intake");
        var deployment = repository.createProcessDefinitionQuery().processDefinitionKey("certification")
                .latestVersion().singleResult().getDeploymentId();
        assertThat(repository.getDeploymentResourceNames(deployment)).anyMatch(name -> name.endsWith("forms/intake.form"));
    }

    private Map<String, Object> formValues(String insuredNumber) {
        Map<String, Object> values = new HashMap<>();
        values.put("insuredNumber", insuredNumber);
        values.put("applicationType", "NEW");
        values.put("receivedDate", clock.today().minusDays(1).toString());
        values.put("applicantKind", "CARE_MANAGER_OFFICE");
        values.put("applicantName", "試験 花子");
        values.put("proxyOfficeName", "さくら居宅介護支援事業所");
        values.put("proxyOfficeNumber", "1234567890");
        values.put("consentToShare", true);
        return values;
    }

    private String definitionId() {
        return repository.createProcessDefinitionQuery().processDefinitionKey("certification").latestVersion()
                .singleResult().getId();
    }
}
