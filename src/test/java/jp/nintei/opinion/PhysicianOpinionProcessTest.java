package jp.nintei.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.ApplicationType;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.opinion.registry.Physician;
import jp.nintei.outbox.OutboxEventRepository;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.RecordingMailTransport;
import jp.nintei.support.TestData;
import jp.nintei.time.JapaneseDates;

/**
 * One scenario per path of physician-opinion.bpmn: request, each reminder, the call after the
 * last one, decline and re-request (portal and phone), send-back, and the opinion that arrives
 * before the stage waits for it. Timers run with a controlled engine clock.
 */
@ProcessTest
class PhysicianOpinionProcessTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final LocalDate DAY0 = LocalDate.of(2026, 6, 1);

    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired CaseDriver cases;
    @Autowired OpinionSteps stage;
    @Autowired TestData data;
    @Autowired OpinionTestData opinionData;
    @Autowired OpinionRequests requests;
    @Autowired OpinionSubmissions submissions;
    @Autowired OpinionService opinions;
    @Autowired OpinionLinks links;
    @Autowired IssuedDocuments documents;
    @Autowired OutboxEventRepository outbox;
    @Autowired RecordingMailTransport mails;
    @Autowired CaseHistory history;
    @Autowired ApplicationService applications;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        setClock(DAY0.atTime(10, 0));
    }

    @Test
    void electronicRequestMailsALinkAndIssuesTheLetter() {
        String caseId = startedCase();
        var pi = stage.instance(caseId);
        assertThat(pi).isWaitingAt("Task_SelectPhysician");
        String summary = (String) tasks.getVariableLocal(cases.task(caseId, "Task_SelectPhysician").getId(),
                OpinionProcess.TASK_SUMMARY);
        assertThat(summary).contains("主治医 一郎", OpinionTestData.DRIVER_PHYSICIAN);

        assertThatThrownBy(() -> cases.complete(caseId, "Task_SelectPhysician", Map.of("physicianCode", "NO-SUCH")))
                .hasMessageContaining("登録されていません");
        assertThat(pi).isWaitingAt("Task_SelectPhysician");

        Physician physician = opinionData.physician(true, "電子 太郎");
        stage.request(caseId, "Task_SelectPhysician", physician.getPhysicianCode());

        OpinionRequest request = requests.latest(caseId).orElseThrow();
        assertThat(request.getStatus()).isEqualTo(RequestStatus.OPEN);
        assertThat(request.getDueDate()).isEqualTo(DAY0.plusDays(13));
        assertThat(history.of(caseId)).anySatisfy(e -> {
            assertThat(e.getEventType()).isEqualTo(CaseEventType.OPINION_REQUESTED);
            assertThat(e.getDetail()).contains("電子 太郎", "メール");
        });

        String mailed = stage.tokenFromMail(physician.getInstitution().getEmail());
        assertThat(mails.to(physician.getInstitution().getEmail())).singleElement()
                .satisfies(m -> assertThat(m.message().text()).doesNotContain("試験 太郎"));
        String letter = OpinionSteps.pdfText(documents.latest(OpinionDocumentKinds.REQUEST_LETTER,
                request.getReference()).orElseThrow().getContent());
        assertThat(letter).contains("主治医意見書作成依頼書", "電子 太郎 先生", "試験 太郎",
                JapaneseDates.format(DAY0.plusDays(13)), "令和8年6月1日", "/physician/opinion/" + mailed);

        assertThat(links.resolve(mailed)).hasValueSatisfying(access -> {
            assertThat(access.requestId()).isEqualTo(request.getId());
            assertThat(access.editable()).isTrue();
        });
        // Only the hash is stored.
        assertThat(jdbc.queryForObject("select count(*) from opinion_link where token_hash = ?", Integer.class, mailed)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from opinion_link where token_hash = ?", Integer.class,
                OpinionLinks.hash(mailed))).isOne();

        assertThat(pi).isWaitingAt("Timer_ReminderDue");
        assertThat(cases.job(caseId, "Timer_ReminderDue").getDuedate()).isEqualTo(at(DAY0.plusDays(10), 9));
    }

    @Test
    void paperInstitutionGetsAPrintableLetterAndNoMail() {
        String caseId = startedCase();
        Physician physician = opinionData.physician(false, "郵送 花子");
        stage.request(caseId, "Task_SelectPhysician", physician.getPhysicianCode());

        assertThat(outbox.findByCaseIdOrderByIdAsc(caseId)).isEmpty();
        String token = stage.tokenFromLetter(caseId);
        assertThat(links.resolve(token)).isPresent();
        assertThat(history.of(caseId)).anySatisfy(e -> assertThat(e.getDetail()).contains("郵送 花子", "郵送"));
    }

    @Test
    void remindersGoOutOnEachScheduledDayThenStaffCall() {
        String caseId = startedCase();
        Physician physician = opinionData.physician(true, "督促 一郎");
        stage.request(caseId, "Task_SelectPhysician", physician.getPhysicianCode());
        var pi = stage.instance(caseId);

        setClock(DAY0.plusDays(10).atTime(9, 1));
        stage.runJob(caseId, "Timer_ReminderDue");
        stage.runJob(caseId, "Task_SendReminder");
        assertThat(pi).isWaitingAt("Timer_ReminderDue");
        assertThat(cases.job(caseId, "Timer_ReminderDue").getDuedate()).isEqualTo(at(DAY0.plusDays(14), 9));
        assertThat(requests.remindersOf(requests.latest(caseId).orElseThrow())).singleElement()
                .satisfies(r -> assertThat(r.getChannel()).isEqualTo(ReminderChannel.MAIL));

        setClock(DAY0.plusDays(14).atTime(9, 1));
        stage.runJob(caseId, "Timer_ReminderDue");
        stage.runJob(caseId, "Task_SendReminder");
        assertThat(pi).isWaitingAt("Task_RemindByPhone");

        assertThat(history.of(caseId)).filteredOn(e -> e.getEventType() == CaseEventType.OPINION_REMINDED)
                .extracting(e -> e.getDetail()).satisfiesExactly(
                        first -> assertThat(first).contains("第1回督促（メール）"),
                        second -> assertThat(second).contains("第2回督促（メール）"));
        stage.tokenFromMail(physician.getInstitution().getEmail());
        assertThat(mails.to(physician.getInstitution().getEmail())).extracting(m -> m.message().subject())
                .containsExactly("【主治医意見書】作成のお願い（依頼番号 " + caseId + "-1）",
                        "【主治医意見書】ご提出のお願い（依頼番号 " + caseId + "-1）",
                        "【主治医意見書】ご提出のお願い（依頼番号 " + caseId + "-1）");
        String summary = (String) tasks.getVariableLocal(cases.task(caseId, "Task_RemindByPhone").getId(),
                OpinionProcess.TASK_SUMMARY);
        assertThat(summary).contains("督促済み:** 2回", physician.getInstitution().getPhone().replace("-", "\\-"));
    }

    @Test
    void paperRemindersAreLettersToPrint() {
        String caseId = startedCase();
        stage.request(caseId, "Task_SelectPhysician", opinionData.physician(false, "郵送 二郎").getPhysicianCode());
        setClock(DAY0.plusDays(10).atTime(9, 1));
        stage.runJob(caseId, "Timer_ReminderDue");
        stage.runJob(caseId, "Task_SendReminder");

        var reminder = requests.remindersOf(requests.latest(caseId).orElseThrow()).get(0);
        assertThat(reminder.getChannel()).isEqualTo(ReminderChannel.LETTER);
        var letter = documents.get(reminder.getDocumentId()).orElseThrow();
        assertThat(letter.getKind()).isEqualTo(OpinionDocumentKinds.REMINDER_LETTER);
        assertThat(OpinionSteps.pdfText(letter.getContent()).replace("\n", "")).contains("督促", "郵送 二郎 先生", "提出期限",
                "近づいております", "第1回");
        assertThat(outbox.findByCaseIdOrderByIdAsc(caseId)).isEmpty();
    }

    @Test
    void aCallWaitsUntilTheFollowUpDateAndADeclineByPhoneLeadsToAnotherPhysician() {
        String caseId = untilCall();
        String token = stage.tokenFromLetter(caseId);
        var pi = stage.instance(caseId);

        assertThatThrownBy(() -> cases.complete(caseId, "Task_RemindByPhone", Map.of("contactChannel", "phone",
                "phoneOutcome", "promised", "followUpDate", DAY0.plusDays(17).toString())))
                .hasMessageContaining("連絡の結果");
        cases.complete(caseId, "Task_RemindByPhone", Map.of("contactChannel", "phone", "phoneOutcome", "promised",
                "contactNote", "受付の方: 今週中に提出予定", "followUpDate", DAY0.plusDays(17).toString()));
        assertThat(pi).isWaitingAt("Timer_FollowUp");
        assertThat(cases.job(caseId, "Timer_FollowUp").getDuedate()).isEqualTo(at(DAY0.plusDays(17), 9));

        setClock(DAY0.plusDays(17).atTime(9, 1));
        stage.runJob(caseId, "Timer_FollowUp");
        assertThat(pi).isWaitingAt("Task_RemindByPhone");
        cases.complete(caseId, "Task_RemindByPhone", Map.of("contactChannel", "fax", "phoneOutcome", "declined",
                "contactNote", "医師より回答", "declineReason", "半年以上受診がなく作成できない"));

        assertThat(pi).isWaitingAt("Task_SelectOtherPhysician");
        assertThat(requests.latest(caseId).orElseThrow().getStatus()).isEqualTo(RequestStatus.DECLINED);
        assertThat(links.resolve(token)).isEmpty();
        assertThat(requests.remindersOf(requests.latest(caseId).orElseThrow())).extracting(OpinionReminder::getChannel)
                .containsExactly(ReminderChannel.LETTER, ReminderChannel.LETTER, ReminderChannel.PHONE, ReminderChannel.FAX);
        assertThat(history.of(caseId)).anySatisfy(e -> {
            assertThat(e.getEventType()).isEqualTo(CaseEventType.OPINION_DECLINED);
            assertThat(e.getDetail()).contains("半年以上受診がなく");
        });
    }

    @Test
    void aDeclineThroughTheLinkIsCaughtAndAnotherPhysicianIsAsked() {
        String caseId = startedCase();
        Physician first = opinionData.physician(true, "辞退 一郎");
        stage.request(caseId, "Task_SelectPhysician", first.getPhysicianCode());
        String firstToken = stage.tokenFromMail(first.getInstitution().getEmail());
        var pi = stage.instance(caseId);

        submissions.decline(links.resolve(firstToken).orElseThrow().requestId(), "専門外のため作成できません");
        assertThat(pi).isWaitingAt("Task_TakeReturn");
        stage.runJob(caseId, "Task_TakeReturn");
        assertThat(pi).hasPassed("Event_ReturnDeclined").isWaitingAt("Task_SelectOtherPhysician");
        String summary = (String) tasks.getVariableLocal(cases.task(caseId, "Task_SelectOtherPhysician").getId(),
                OpinionProcess.TASK_SUMMARY);
        assertThat(summary).contains("辞退", "専門外のため作成できません");

        assertThatThrownBy(() -> cases.complete(caseId, "Task_SelectOtherPhysician",
                Map.of("physicianCode", first.getPhysicianCode()))).hasMessageContaining("辞退しています");
        Physician second = opinionData.physician(true, "再依頼 二郎");
        stage.request(caseId, "Task_SelectOtherPhysician", second.getPhysicianCode());

        assertThat(requests.latest(caseId).orElseThrow()).satisfies(r -> {
            assertThat(r.getRound()).isEqualTo(2);
            assertThat(r.getStatus()).isEqualTo(RequestStatus.OPEN);
        });
        assertThat(links.resolve(firstToken)).isEmpty();
        String secondToken = stage.tokenFromMail(second.getInstitution().getEmail());
        submitThroughLink(caseId, secondToken);
        cases.complete(caseId, "Task_CheckOpinion", Map.of("checkDecision", "accept"));

        assertThat(pi).isEnded().hasPassed("EndEvent_OpinionAccepted");
        assertThat(opinions.of(caseId)).hasValueSatisfying(o -> assertThat(o.getPhysicianName()).isEqualTo("再依頼 二郎"));
        assertThat(links.resolve(secondToken)).isEmpty();
        assertThat(cases.instance(caseId)).hasPassed("CallActivity_PhysicianOpinion");
    }

    @Test
    void aSentBackOpinionReopensTheLinkAndTheCorrectionIsTheNextVersion() {
        String caseId = startedCase();
        Physician physician = opinionData.physician(true, "修正 三郎");
        stage.request(caseId, "Task_SelectPhysician", physician.getPhysicianCode());
        String token = stage.tokenFromMail(physician.getInstitution().getEmail());
        submitThroughLink(caseId, token);
        assertThat(links.resolve(token)).hasValueSatisfying(a -> assertThat(a.editable()).isFalse());

        assertThatThrownBy(() -> cases.complete(caseId, "Task_CheckOpinion", Map.of("checkDecision", "sendBack")))
                .hasMessageContaining("修正を依頼する内容");
        setClock(DAY0.plusDays(5).atTime(10, 0));
        cases.complete(caseId, "Task_CheckOpinion", Map.of("checkDecision", "sendBack",
                "sendBackReason", "特記事項に麻痺の経過を追記してください"));
        var pi = stage.instance(caseId);
        assertThat(pi).isWaitingAt("Task_SendBack");
        stage.runJob(caseId, "Task_SendBack");

        assertThat(pi).isWaitingAt("Timer_ReminderDue");
        assertThat(cases.job(caseId, "Timer_ReminderDue").getDuedate()).isEqualTo(at(DAY0.plusDays(15), 9));
        assertThat(links.resolve(token)).hasValueSatisfying(a -> assertThat(a.editable()).isTrue());
        stage.tokenFromMail(physician.getInstitution().getEmail());
        assertThat(mails.to(physician.getInstitution().getEmail())).extracting(m -> m.message().subject())
                .contains("【主治医意見書】修正のお願い（依頼番号 " + caseId + "-1）");
        OpinionContent reopened = submissions.formFor(links.resolve(token).orElseThrow().requestId());
        assertThat(reopened.getDiagnoses().get(0).getName()).isEqualTo("脳梗塞後遺症");

        reopened.setSpecialNotes("右片麻痺は発症時より改善傾向。");
        submissions.submit(links.resolve(token).orElseThrow().requestId(), reopened, UUID.randomUUID().toString());
        stage.runJob(caseId, "Task_TakeReturn");
        cases.complete(caseId, "Task_CheckOpinion", Map.of("checkDecision", "accept"));

        assertThat(pi).isEnded();
        assertThat(opinions.versions(caseId)).extracting(OpinionView::version, OpinionView::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, OpinionStatus.SENT_BACK),
                org.assertj.core.groups.Tuple.tuple(2, OpinionStatus.ACCEPTED));
        assertThat(opinions.opinionOf(caseId).orElseThrow().content().getSpecialNotes()).contains("改善傾向");
        assertThat(history.of(caseId)).extracting(e -> e.getEventType()).containsSubsequence(
                CaseEventType.OPINION_REQUESTED, CaseEventType.OPINION_RECEIVED, CaseEventType.OPINION_SENT_BACK,
                CaseEventType.OPINION_RECEIVED, CaseEventType.OPINION_ACCEPTED);
    }

    @Test
    void anOpinionSubmittedWithTheApplicationIsWaitingWhenTheStageStarts() {
        String caseId = cases.receive(data.elderly(DAY0), ApplicationType.NEW, DAY0);
        var early = submissions.submitDirect(caseId, "先行 医師", "介護情報基盤クリニック",
                OpinionTestData.complete(DAY0), "early-" + UUID.randomUUID());
        assertThat(early.repeated()).isFalse();
        assertThat(stage.instance(caseId)).isNull();

        cases.confirmIntake(caseId);
        var pi = stage.instance(caseId);
        assertThat(pi).hasPassed("Task_AssessOpinion").isWaitingAt("Task_CheckOpinion");
        assertThat(requests.ofCase(caseId)).isEmpty();
        assertThat(documents.ofCase(caseId)).extracting(d -> d.getKind()).containsExactly(OpinionDocumentKinds.OPINION);

        cases.complete(caseId, "Task_CheckOpinion", Map.of("checkDecision", "accept"));
        assertThat(pi).isEnded();
        assertThat(opinions.of(caseId)).hasValueSatisfying(o -> {
            assertThat(o.getSource()).isEqualTo(OpinionSource.API);
            assertThat(o.getPhysicianName()).isEqualTo("先行 医師");
        });
    }

    @Test
    void anOpinionArrivingWhileStaffChooseThePhysicianIsKeptAndNoRequestGoesOut() {
        String caseId = startedCase();
        var pi = stage.instance(caseId);
        assertThat(pi).isWaitingAt("Task_SelectPhysician");
        submissions.submitDirect(caseId, "先行 医師", "介護情報基盤クリニック", OpinionTestData.complete(DAY0),
                "during-" + UUID.randomUUID());

        Physician physician = opinionData.physician(true, "未送付 四郎");
        stage.request(caseId, "Task_SelectPhysician", physician.getPhysicianCode());
        assertThat(pi).isWaitingAt("Task_CheckOpinion");
        assertThat(requests.latest(caseId).orElseThrow().getStatus()).isEqualTo(RequestStatus.SKIPPED);
        assertThat(documents.latest(OpinionDocumentKinds.REQUEST_LETTER, caseId + "-1")).isEmpty();
        assertThat(outbox.findByCaseIdOrderByIdAsc(caseId)).isEmpty();
    }

    @Test
    void aRepeatedDirectSubmissionIsStoredOnce() {
        String caseId = cases.receive(data.elderly(DAY0), ApplicationType.NEW, DAY0);
        String key = "retry-" + UUID.randomUUID();
        var first = submissions.submitDirect(caseId, "先行 医師", "医院", OpinionTestData.complete(DAY0), key);
        var again = submissions.submitDirect(caseId, "先行 医師", "医院", OpinionTestData.complete(DAY0), key);
        assertThat(again.repeated()).isTrue();
        assertThat(again.opinion().getId()).isEqualTo(first.opinion().getId());
        assertThatThrownBy(() -> submissions.submitDirect(caseId, "別 医師", "医院", OpinionTestData.complete(DAY0),
                "other-" + UUID.randomUUID())).hasMessageContaining("既に受け付けています");
        assertThat(opinions.versions(caseId)).hasSize(1);
    }

    @Test
    void withdrawingTheCaseClosesTheRequestAndItsLink() {
        String caseId = startedCase();
        Physician physician = opinionData.physician(true, "取下 五郎");
        stage.request(caseId, "Task_SelectPhysician", physician.getPhysicianCode());
        String token = stage.tokenFromMail(physician.getInstitution().getEmail());

        applications.requestWithdrawal(caseId, "本人の希望");
        // The stage is cancelled with the withdrawal message, before the withdrawal is recorded.
        assertThat(links.resolve(token)).isEmpty();
        assertThat(requests.latest(caseId).orElseThrow().getStatus()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(stage.instance(caseId)).isNull();
    }

    private String startedCase() {
        opinionData.driverPhysician();
        String caseId = cases.receive(data.elderly(DAY0), ApplicationType.NEW, DAY0);
        cases.confirmIntake(caseId);
        return caseId;
    }

    /** A paper request through both scheduled reminders, waiting for the call. */
    private String untilCall() {
        String caseId = startedCase();
        stage.request(caseId, "Task_SelectPhysician", opinionData.physician(false, "電話 六郎").getPhysicianCode());
        for (int day : new int[] {10, 14}) {
            setClock(DAY0.plusDays(day).atTime(9, 1));
            stage.runJob(caseId, "Timer_ReminderDue");
            stage.runJob(caseId, "Task_SendReminder");
        }
        assertThat(stage.instance(caseId)).isWaitingAt("Task_RemindByPhone");
        return caseId;
    }

    private void submitThroughLink(String caseId, String token) {
        LinkAccess access = links.resolve(token).orElseThrow();
        submissions.submit(access.requestId(), OpinionTestData.complete(DAY0), UUID.randomUUID().toString());
        assertThat(stage.instance(caseId)).isWaitingAt("Task_TakeReturn");
        stage.runJob(caseId, "Task_TakeReturn");
        assertThat(stage.instance(caseId)).isWaitingAt("Task_CheckOpinion");
    }

    private static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).atZone(TOKYO).toInstant());
    }

    private static void setClock(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(TOKYO).toInstant()));
    }
}
