package jp.nintei.notification;

import static jp.nintei.notification.NoticeFixtures.setDate;
import static jp.nintei.notification.NoticeFixtures.startOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.application.ApplicationType;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.decision.CertificationDecisionService;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;

/**
 * renewal-reminder.bpmn with a controlled clock: a certification valid until 令和8年10月31日 gets its
 * 更新申請のお知らせ on 令和8年9月1日 (60 days before), not a day earlier; it is skipped when a
 * renewal is already under way or a newer certification replaced it; approval and send-back
 * work as for every notice.
 */
@ProcessTest
class RenewalReminderProcessTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 4, 6);
    static final LocalDate VALID_TO = LocalDate.of(2026, 10, 31);
    static final LocalDate WINDOW_OPENS = LocalDate.of(2026, 9, 1);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired NoticeFixtures fixtures;
    @Autowired NoticeService notices;
    @Autowired IssuedDocuments issued;
    @Autowired RenewalReminders reminders;
    @Autowired CertificationDecisionService decisions;

    InsuredPerson person;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        fixtures.letterhead();
    }

    @AfterEach
    void clearUser() {
        identity.clearAuthentication();
    }

    @Test
    void reminderIsDueOnTheFirstDayOfTheRenewalWindowAndIssuedOnceApproved() {
        String caseId = notifiedCase();
        ProcessInstance reminder = reminder(caseId);
        var timer = management.createJobQuery().processInstanceId(reminder.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(startOf(WINDOW_OPENS));

        setDate(WINDOW_OPENS.minusDays(1));
        assertThat(management.createJobQuery().processInstanceId(reminder.getId()).executable().count()).isZero();
        setDate(WINDOW_OPENS);
        assertThat(management.createJobQuery().processInstanceId(reminder.getId()).executable().count()).isOne();
        management.executeJob(timer.getId());

        assertThat(reminder).hasPassed("Task_CheckRenewalReminder").isWaitingAt("Task_DraftRenewalReminder");
        management.executeJob(cases.job(caseId, "Task_DraftRenewalReminder").getId());
        assertThat(reminder).isWaitingAt("Task_ApproveRenewalReminder");

        long certificateId = certificateId(caseId);
        NoticeDraft draft = notices.latest(NoticeKind.RENEWAL_REMINDER, String.valueOf(certificateId)).orElseThrow();
        assertThat(draft.getDocumentNumber()).isNull();
        Letters.save("renewal-reminder", draft.getContent());
        var letter = Letters.assertLetter(draft.getContent(), 1);
        assertThat(letter.title()).isEqualTo("更新申請のお知らせ");
        assertThat(letter.flat()).contains("令和8年9月1日", "試験 太郎 様", "健康福祉部 介護保険課 認定係", "（問合せ先）電話 03-1234-5678",
                "現在の要介護認定等（要介護2）の有効期間は、令和8年10月31日で満了します",
                "有効期間満了日の60日前から受け付けています", "更新申請の受付期間 令和8年9月1日から令和8年10月31日まで",
                "認定の有効期間 令和8年4月6日から令和8年10月31日まで", "申請の代行を依頼することもできます")
                .doesNotContain("教 示");

        cases.approveNotice(caseId, "Task_ApproveRenewalReminder");
        management.executeJob(cases.job(caseId, "Task_IssueRenewalReminder").getId());

        assertThat(reminder).isEnded().hasPassed("EndEvent_ReminderSent");
        assertThat(reminders.of(certificateId)).get().extracting(RenewalReminder::getStatus).isEqualTo(RenewalReminder.Status.ISSUED);
        assertThat(issued.latest(NoticeKind.RENEWAL_REMINDER.name(), String.valueOf(certificateId))).get()
                .extracting(d -> d.getSha256()).isEqualTo(draft.getSha256());
    }

    @Test
    void sentBackReminderIsRevisedAndThenIssued() {
        String caseId = notifiedCase();
        setDate(WINDOW_OPENS);
        management.executeJob(management.createJobQuery().processInstanceId(reminder(caseId).getId()).timers().singleResult().getId());
        management.executeJob(cases.job(caseId, "Task_DraftRenewalReminder").getId());

        identity.setAuthentication("kakari.a", List.of("staff"));
        cases.sendNoticeBack(caseId, "Task_ApproveRenewalReminder", "施設入所中のため施設宛てにしてください");
        assertThat(reminder(caseId)).isWaitingAt("Task_ReviseRenewalReminder");
        identity.setAuthentication("kakari.b", List.of("staff"));
        cases.complete(caseId, "Task_ReviseRenewalReminder", Map.of("addresseeName", "特別養護老人ホームさくら苑 気付 試験 太郎",
                "addresseePostalCode", "100-0002", "addresseeAddress", "テスト市桜町3-3"));
        identity.setAuthentication("kakari.a", List.of("staff"));
        cases.approveNotice(caseId, "Task_ApproveRenewalReminder");
        management.executeJob(cases.job(caseId, "Task_IssueRenewalReminder").getId());

        var document = issued.latest(NoticeKind.RENEWAL_REMINDER.name(), String.valueOf(certificateId(caseId))).orElseThrow();
        assertThat(Letters.parse(document.getContent()).flat()).contains("〒100-0002", "テスト市桜町3-3",
                "特別養護老人ホームさくら苑 気付 試験 太郎 様");
        assertThat(reminder(caseId)).isNull();
    }

    @Test
    void noReminderWhenARenewalIsAlreadyUnderWay() {
        String caseId = notifiedCase();
        setDate(WINDOW_OPENS);
        cases.receive(person, ApplicationType.RENEWAL, WINDOW_OPENS);
        ProcessInstance reminder = reminder(caseId);
        management.executeJob(management.createJobQuery().processInstanceId(reminder.getId()).timers().singleResult().getId());

        assertThat(reminder).isEnded().hasPassed("EndEvent_ReminderNotNeeded").hasNotPassed("Task_DraftRenewalReminder");
        assertThat(reminders.of(certificateId(caseId))).get().satisfies(r -> {
            assertThat(r.getStatus()).isEqualTo(RenewalReminder.Status.SKIPPED);
            assertThat(r.getSkippedReason()).contains("処理中の申請");
        });
    }

    @Test
    void noReminderWhenANewerCertificationReplacedIt() {
        String caseId = notifiedCase();
        data.certify(person, CareLevel.CARE_4, LocalDate.of(2026, 7, 10), LocalDate.of(2027, 7, 31));
        setDate(WINDOW_OPENS);
        ProcessInstance reminder = reminder(caseId);
        management.executeJob(management.createJobQuery().processInstanceId(reminder.getId()).timers().singleResult().getId());

        assertThat(reminder).isEnded().hasPassed("EndEvent_ReminderNotNeeded");
        assertThat(reminders.of(certificateId(caseId)).orElseThrow().getSkippedReason()).contains("新しい認定（要介護4");
    }

    @Test
    void schedulingTwiceStartsOneReminder() {
        String caseId = notifiedCase();
        assertThat(reminders.schedule(certificateId(caseId))).isFalse();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("renewal-reminder")
                .processInstanceBusinessKey(caseId).count()).isOne();
    }

    private String notifiedCase() {
        setDate(RECEIVED);
        person = fixtures.resident(RECEIVED);
        String caseId = cases.receive(person, ApplicationType.NEW, RECEIVED);
        cases.runToBoardResult(caseId, CareLevel.CARE_2, Map.of());
        setDate(RECEIVED.plusDays(21));
        cases.runDecision(caseId);
        cases.sendDecisionNotice(caseId);
        return caseId;
    }

    private long certificateId(String caseId) {
        return decisions.get(caseId).getCertificateId();
    }

    private ProcessInstance reminder(String caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("renewal-reminder")
                .processInstanceBusinessKey(caseId).singleResult();
    }
}
