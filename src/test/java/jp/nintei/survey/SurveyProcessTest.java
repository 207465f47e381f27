package jp.nintei.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.IntakeRequest;
import jp.nintei.application.IntakeService;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.office.OfficeKind;
import jp.nintei.outbox.OutboxDispatcher;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.RecordingMailTransport;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;

/** survey.bpmn: assignment rules, deadlines and escalation, entry and submission, corrections. */
@ProcessTest
class SurveyProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired IntakeService intake;
    @Autowired jp.nintei.application.ApplicationService applications;
    @Autowired SurveyEntryService entry;
    @Autowired SurveyService surveys;
    @Autowired SurveyAssignments assignments;
    @Autowired SurveyCatalog catalog;
    @Autowired CaseHistory history;
    @Autowired OutboxDispatcher outbox;
    @Autowired RecordingMailTransport mail;
    @Autowired BusinessClock clock;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void newSurveysGoOnlyToTheMunicipalityOrADesignatedCorporation() {
        String caseId = caseAtSurvey(ApplicationType.NEW);
        String careManager = cases.surveyor("survey.cm." + TestData.uniqueNumber(), TestData.uniqueNumber(),
                OfficeKind.CARE_PLAN_OFFICE);

        assertThatThrownBy(() -> assign(caseId, careManager))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("指定居宅介護支援事業者のため、新規の認定調査は依頼できません");
        assertThat(surveyInstance(caseId)).isWaitingAt("Task_AssignSurveyor");
        assertThat(surveys.assignment(caseId)).isEmpty();
        assertThat(history.has(caseId, CaseEventType.SURVEY_REQUESTED)).isFalse();

        String corporation = cases.surveyor("survey.corp." + TestData.uniqueNumber(), TestData.uniqueNumber(),
                OfficeKind.DESIGNATED_ADMIN_CORPORATION);
        assign(caseId, corporation);
        var task = cases.task(caseId, "Task_EnterSurvey");
        assertThat(task.getAssignee()).isEqualTo(corporation);
        assertThat(task.getDueDate()).isEqualTo(clock.startOf(clock.today().plusDays(7)));
        assertThat(surveys.assignment(caseId).orElseThrow().getDueDate()).isEqualTo(clock.today().plusDays(7));
    }

    @Test
    void aRenewalMayGoToACarePlanOfficeButNotToTheOfficeThatServesThePerson() {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        LocalDate end = today.plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1);
        data.certify(person, CareLevel.CARE_1, end.minusYears(1).plusDays(1), end);
        String ownOffice = TestData.uniqueNumber();
        String caseId = intake.receive(new IntakeRequest(person.getInsuredNumber(), ApplicationType.RENEWAL, today,
                ApplicantKind.CARE_MANAGER_OFFICE, "介護 支援子", "ひまわり居宅", ownOffice, true, null, null, null)).getCaseId();
        cases.confirmIntake(caseId);
        String ownCareManager = cases.surveyor("survey.own." + ownOffice, ownOffice, OfficeKind.CARE_PLAN_OFFICE);

        assertThatThrownBy(() -> assign(caseId, ownCareManager))
                .hasMessageContaining("関係事業所").hasMessageContaining("代理申請（" + caseId + "）");
        assertThat(surveyInstance(caseId)).isWaitingAt("Task_AssignSurveyor");

        String otherCareManager = cases.surveyor("survey.other." + TestData.uniqueNumber(), TestData.uniqueNumber(),
                OfficeKind.CARE_PLAN_OFFICE);
        assign(caseId, otherCareManager);
        assertThat(cases.task(caseId, "Task_EnterSurvey").getAssignee()).isEqualTo(otherCareManager);
    }

    @Test
    void anOfficeAssignmentLetsEachOfItsSurveyorsClaimTheSurvey() {
        String caseId = caseAtSurvey(ApplicationType.NEW);
        String office = TestData.uniqueNumber();
        String first = cases.surveyor("survey.a." + office, office, OfficeKind.DESIGNATED_ADMIN_CORPORATION);
        String second = cases.surveyor("survey.b." + office, office, OfficeKind.DESIGNATED_ADMIN_CORPORATION);
        String outsider = cases.surveyor("survey.x." + office);

        assertThatThrownBy(() -> cases.complete(caseId, "Task_AssignSurveyor",
                Map.of("surveyorId", outsider, "surveyOfficeNumber", office)))
                .hasMessageContaining("の所属です");
        cases.complete(caseId, "Task_AssignSurveyor", Map.of("surveyOfficeNumber", office));

        var task = cases.task(caseId, "Task_EnterSurvey");
        assertThat(task.getAssignee()).isNull();
        assertThat(tasks.createTaskQuery().taskCandidateUser(first).processInstanceBusinessKey(caseId).count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskCandidateUser(second).processInstanceBusinessKey(caseId).count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskCandidateUser(outsider).processInstanceBusinessKey(caseId).count()).isZero();
    }

    @Test
    void theSurveyorIsRemindedAndAnOverdueSurveyGoesToTheSupervisors() {
        LocalDate requested = LocalDate.of(2026, 6, 1);
        setDate(requested);
        String caseId = caseAtSurvey(ApplicationType.NEW);
        String surveyor = cases.surveyor("survey.remind." + TestData.uniqueNumber());
        setEmail(surveyor);
        assign(caseId, surveyor);
        ProcessInstance survey = surveyInstance(caseId);

        assertThat(cases.job(caseId, "Timer_SurveyReminder").getDuedate()).isEqualTo(clock.startOf(requested.plusDays(5)));
        assertThat(cases.job(caseId, "Timer_SurveyOverdue").getDuedate()).isEqualTo(clock.startOf(requested.plusDays(8)));

        setDate(requested.plusDays(5));
        management.executeJob(cases.job(caseId, "Timer_SurveyReminder").getId());
        management.executeJob(cases.job(caseId, "Task_SendSurveyReminder").getId());
        outbox.runOnce();
        assertThat(mail.to(surveyor + "@test.example.jp")).singleElement()
                .satisfies(m -> assertThat(m.message().subject()).contains("認定調査の期限が近づいています", caseId));
        assertThat(history.has(caseId, CaseEventType.SURVEY_REMINDED)).isTrue();
        assertThat(survey).isWaitingAt("Task_EnterSurvey");

        setDate(requested.plusDays(8));
        management.executeJob(cases.job(caseId, "Timer_SurveyOverdue").getId());
        assertThat(survey).isWaitingAt("Task_EnterSurvey", "Task_HandleOverdueSurvey");
        assertThat(survey).task("Task_HandleOverdueSurvey").hasCandidateGroup("supervisor");
        assertThat(history.has(caseId, CaseEventType.SURVEY_OVERDUE)).isTrue();

        assertThatThrownBy(() -> cases.complete(caseId, "Task_HandleOverdueSurvey",
                Map.of("overdueAction", "extend", "newSurveyDueDate", requested.plusDays(8).toString())))
                .hasMessageContaining("明日から60日以内");
        LocalDate extended = requested.plusDays(15);
        cases.complete(caseId, "Task_HandleOverdueSurvey", Map.of("overdueAction", "extend",
                "newSurveyDueDate", extended.toString(), "overdueNote", "入院中のため退院後に訪問"));
        assertThat(survey).isWaitingAt("Task_EnterSurvey", "Timer_ExtendedDueDate");
        assertThat(cases.task(caseId, "Task_EnterSurvey").getDueDate()).isEqualTo(clock.startOf(extended));
        assertThat(cases.job(caseId, "Timer_ExtendedDueDate").getDuedate()).isEqualTo(clock.startOf(extended.plusDays(1)));

        setDate(extended.plusDays(1));
        management.executeJob(cases.job(caseId, "Timer_ExtendedDueDate").getId());
        assertThat(survey).isWaitingAt("Task_EnterSurvey", "Task_HandleOverdueSurvey");
        cases.complete(caseId, "Task_HandleOverdueSurvey", Map.of("overdueAction", "reassign"));

        assertThat(survey).isWaitingAt("Task_AssignSurveyor").hasPassed("EndEvent_Reassign");
        assertThat(cases.task(caseId, "Task_EnterSurvey")).isNull();
        assertThat(history.of(caseId)).extracting(e -> e.getEventType()).containsSubsequence(
                CaseEventType.SURVEY_REQUESTED, CaseEventType.SURVEY_REMINDED, CaseEventType.SURVEY_OVERDUE,
                CaseEventType.SURVEY_ASSIGNMENT_CHANGED, CaseEventType.SURVEY_OVERDUE,
                CaseEventType.SURVEY_ASSIGNMENT_CHANGED);
    }

    @Test
    void aSurveyIsSubmittedOnlyCompleteAndWithItsWarningsConfirmed() {
        String caseId = caseAtSurvey(ApplicationType.NEW);
        String surveyor = cases.surveyor("survey.entry." + TestData.uniqueNumber());
        assign(caseId, surveyor);
        SurveyAnswers complete = SurveyFixtures.complete(catalog, now(), surveyor);
        ProcessInstance survey = surveyInstance(caseId);

        Map<String, List<Integer>> partial = new java.util.HashMap<>(complete.choices());
        partial.remove("1-7");
        partial.put("1-1", List.of(1, 3));
        entry.saveDraft(caseId, new SurveyAnswers(complete.overview(), partial, List.of(), null, null, Map.of()), Set.of(), null);
        assertThatThrownBy(() -> entry.submit(caseId))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("【1-7 歩行】選択されていません")
                .hasMessageContaining("【1-1 麻痺等の有無】「ない」と部位は同時に選べません")
                .hasMessageContaining("障害高齢者の日常生活自立度（寝たきり度）を選択してください");
        assertThat(survey).isWaitingAt("Task_EnterSurvey");
        assertThat(surveys.current(caseId)).isEmpty();

        // 歩行 できない but 移動 介助されていない: plausible in a wheelchair, so a warning to confirm.
        SurveyAnswers walkingButMoving = SurveyFixtures.with(SurveyFixtures.with(complete, "1-7", 3), "2-2", 1);
        entry.saveDraft(caseId, walkingButMoving, Set.of(), null);
        assertThatThrownBy(() -> entry.submit(caseId))
                .hasMessageContaining("確認が必要です: 「歩行」が「できない」、「移動」が「介助されていない」と回答されています");

        entry.saveDraft(caseId, walkingButMoving, Set.of("walk-move"), null);
        SurveyView submitted = entry.submit(caseId);

        assertThat(submitted.version()).isEqualTo(1);
        assertThat(submitted.surveyorId()).isEqualTo(surveyor);
        assertThat(submitted.officeNumber()).isEqualTo(CaseDriver.SURVEY_OFFICE);
        assertThat(submitted.choices()).hasSize(catalog.items().size()).containsEntry("1-7", List.of(3));
        assertThat(survey).isEnded().hasPassed("EndEvent_SurveySubmitted");
        assertThat(cases.instance(caseId)).isWaitingAt("CallActivity_PhysicianOpinion");
        assertThat(surveys.assignment(caseId).orElseThrow().getStatus()).isEqualTo(Survey.Status.SUBMITTED);
        assertThat(history.has(caseId, CaseEventType.SURVEY_COMPLETED)).isTrue();
    }

    @Test
    void completingTheTasklistTaskSubmitsTheSavedDraftOrSaysWhatIsMissing() {
        String caseId = caseAtSurvey(ApplicationType.NEW);
        String surveyor = cases.surveyor("survey.tasklist." + TestData.uniqueNumber());
        assign(caseId, surveyor);

        assertThatThrownBy(() -> cases.complete(caseId, "Task_EnterSurvey", Map.of()))
                .hasMessageContaining("調査票が入力されていません");
        entry.saveDraft(caseId, SurveyFixtures.with(SurveyFixtures.complete(catalog, now(), surveyor), "2-3", 9), Set.of(), null);
        assertThatThrownBy(() -> cases.complete(caseId, "Task_EnterSurvey", Map.of()))
                .hasMessageContaining("【2-3 えん下】選択肢にない値が含まれています");
        assertThat(surveyInstance(caseId)).isWaitingAt("Task_EnterSurvey");

        entry.saveDraft(caseId, SurveyFixtures.complete(catalog, now(), surveyor), Set.of(), null);
        cases.complete(caseId, "Task_EnterSurvey", Map.of());
        assertThat(surveys.current(caseId)).get().extracting(SurveyView::version).isEqualTo(1);
    }

    @Test
    void aCorrectionAddsAVersionWithWhoAndWhyAndKeepsTheOriginal() {
        String caseId = caseAtSurvey(ApplicationType.NEW);
        cases.completeSurvey(caseId);
        SurveyView original = surveys.current(caseId).orElseThrow();

        var draft = entry.startCorrection(caseId);
        assertThat(draft.kind()).isEqualTo(SurveyDraft.Kind.CORRECTION);
        entry.saveDraft(caseId, SurveyFixtures.with(draft.answers(), "1-7", 2), Set.of(), null);
        assertThatThrownBy(() -> entry.submit(caseId)).hasMessageContaining("修正理由を入力してください");
        entry.saveDraft(caseId, SurveyFixtures.with(draft.answers(), "1-7", 2), Set.of(), "調査員への確認で歩行は手すりを使用と判明");
        SurveyView corrected = entry.submit(caseId);

        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.correctionReason()).contains("手すり");
        assertThat(corrected.choices()).containsEntry("1-7", List.of(2));
        assertThat(surveys.versions(caseId)).extracting(SurveyView::version).containsExactly(1, 2);
        assertThat(surveys.version(caseId, 1).orElseThrow().choices()).containsEntry("1-7", List.of(1));
        assertThat(surveys.current(caseId).orElseThrow().version()).isEqualTo(2);
        assertThat(original.choices()).containsEntry("1-7", List.of(1));
        assertThat(history.of(caseId)).filteredOn(e -> e.getEventType() == CaseEventType.SURVEY_CORRECTED)
                .singleElement().satisfies(e -> assertThat(e.getDetail()).contains("第2版", "1-7", "手すり"));
        assertThat(cases.instance(caseId)).isWaitingAt("CallActivity_PhysicianOpinion");
    }

    @Test
    void theSamePersonsPreviousSurveyIsTheBaseOfTheChangeMarks() {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        String first = cases.receive(person, ApplicationType.NEW, today.minusDays(2));
        cases.confirmIntake(first);
        setTime(clock.now().minus(1, ChronoUnit.DAYS));
        cases.completeSurvey(first);
        ClockUtil.reset();
        withdraw(first);

        String second = cases.receive(person, ApplicationType.NEW, today);
        cases.confirmIntake(second);
        String surveyor = cases.surveyor(CaseDriver.SURVEYOR);
        assign(second, surveyor);
        entry.saveDraft(second, SurveyFixtures.with(SurveyFixtures.complete(catalog, now(), surveyor), "2-5", 2), Set.of(), null);
        entry.submit(second);

        assertThat(surveys.previousOf(second)).get().extracting(SurveyView::caseId).isEqualTo(first);
        assertThat(surveys.changedSincePrevious(second)).containsExactly("2-5");
        assertThat(surveys.previousOf(first)).isEmpty();
    }

    @Test
    void staffMayTakeTheSurveyBackFromItsSurveyor() {
        String caseId = caseAtSurvey(ApplicationType.NEW);
        String surveyor = cases.surveyor("survey.back." + TestData.uniqueNumber());
        assign(caseId, surveyor);

        assertThatThrownBy(() -> assignments.requestReassignment(caseId, " ")).hasMessageContaining("理由");
        assignments.requestReassignment(caseId, "調査員の体調不良のため");

        assertThat(surveyInstance(caseId)).isWaitingAt("Task_AssignSurveyor").hasPassed("Event_ReassignmentRequested");
        assertThatThrownBy(() -> assignments.requestReassignment(caseId, "重ねて"))
                .hasMessageContaining("割当中");
    }

    private String caseAtSurvey(ApplicationType type) {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), type, today);
        cases.confirmIntake(caseId);
        return caseId;
    }

    private void assign(String caseId, String surveyor) {
        cases.complete(caseId, "Task_AssignSurveyor", Map.of("surveyorId", surveyor));
    }

    /** The running survey process of the case (keep the object to assert on it after it ended). */
    private ProcessInstance surveyInstance(String caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("survey").processInstanceBusinessKey(caseId)
                .singleResult();
    }

    private void withdraw(String caseId) {
        applications.requestWithdrawal(caseId, "転居のため");
        management.executeJob(cases.job(caseId, "Task_RecordWithdrawal").getId());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.now(), clock.zone()).truncatedTo(ChronoUnit.MINUTES);
    }

    private void setDate(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(9, 0).atZone(clock.zone()).toInstant()));
    }

    private void setTime(java.time.Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
    }

    private void setEmail(String userId) {
        var user = identity.createUserQuery().userId(userId).singleResult();
        user.setEmail(userId + "@test.example.jp");
        identity.saveUser(user);
    }
}
