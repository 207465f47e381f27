package jp.nintei.notification;

import static jp.nintei.notification.NoticeFixtures.setDate;
import static jp.nintei.notification.NoticeFixtures.startOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
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

import jp.nintei.application.ApplicationService;
import jp.nintei.application.ApplicationState;
import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.decision.CertificationDecisionService;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;

/**
 * notification.bpmn with camunda-bpm-assert: the 認定結果通知書 is drafted, approved and issued
 * (the case closes and the renewal reminder is scheduled), or sent back, revised by one staff
 * member and approved by another. The letters are parsed back.
 */
@ProcessTest
class DecisionNoticeProcessTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 4, 6);
    static final LocalDate DECIDED = LocalDate.of(2026, 4, 28);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired CaseDriver cases;
    @Autowired NoticeFixtures fixtures;
    @Autowired NoticeService notices;
    @Autowired DecisionNotices decisionNotices;
    @Autowired IssuedDocuments issued;
    @Autowired RenewalReminders reminders;
    @Autowired CertificationDecisionService decisions;
    @Autowired ApplicationService applications;
    @Autowired CaseHistory history;
    @Autowired AuditEventRepository audit;

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
    void approvedNoticeIsIssuedTheCaseClosesAndTheRenewalReminderWaits() {
        String caseId = decidedCase(CareLevel.CARE_2, Map.of("boardOpinion", "通所リハビリテーションの利用が望ましい"));
        ProcessInstance notification = notification(caseId);
        assertThat(notification).isWaitingAt("Task_DraftDecisionNotice");

        management.executeJob(cases.job(caseId, "Task_DraftDecisionNotice").getId());
        assertThat(notification).isWaitingAt("Task_ApproveDecisionNotice");
        NoticeDraft draft = notices.latest(NoticeKind.DECISION_NOTICE, caseId).orElseThrow();
        assertThat(draft.getStatus()).isEqualTo(NoticeStatus.PENDING);
        assertThat(draft.getDocumentNumber()).matches("テ介第\\d+号");
        assertThat((String) runtime.getVariable(notification.getId(), "noticeSummary"))
                .contains("要介護2", "令和8年4月6日から令和8年10月31日まで", "19,705単位", draft.getDocumentNumber());
        assertThat(runtime.getVariable(notification.getId(), "noticeDraftUrl"))
                .isEqualTo("/staff/notices/drafts/" + draft.getId() + "/pdf");

        Letters.save("decision-notice-care2", draft.getContent());
        var letter = Letters.assertLetter(draft.getContent(), 2);
        assertThat(letter.title()).isEqualTo("要介護認定結果通知書");
        assertThat(letter.author()).isEqualTo("テスト市長　試験 一郎");
        assertThat(letter.flat()).contains(draft.getDocumentNumber(), "令和8年4月28日", "〒100-0001", "テスト市本町1-1",
                "試験 太郎 様", "テスト市長 試験 一郎", "要介護認定結果通知書", "令和8年4月6日付けで申請のありました",
                "介護保険法第27条第7項の規定により通知します", "要介護2", "令和8年4月6日から令和8年10月31日まで（6か月）",
                "被保険者証の記載事項", "1月当たり 19,705単位", "通所リハビリテーションの利用が望ましい",
                "処分があったことを知った日の翌日から起算して3か月以内に、東京都介護保険審査会に対して審査請求",
                "テスト市を被告として", "健康福祉部 介護保険課 認定係", "電話 03-1234-5678");

        cases.approveNotice(caseId, "Task_ApproveDecisionNotice");
        assertThat(notification).isWaitingAt("Task_IssueDecisionNotice");
        management.executeJob(cases.job(caseId, "Task_IssueDecisionNotice").getId());

        assertThat(notification).isEnded().hasPassed("Task_IssueDecisionNotice", "EndEvent_Notification");
        assertThat(cases.instance(caseId)).isNull();
        assertThat(applications.get(caseId).getState()).isEqualTo(ApplicationState.NOTIFIED);
        assertThat(history.has(caseId, CaseEventType.NOTIFIED)).isTrue();
        var document = issued.latest(NoticeKind.DECISION_NOTICE.name(), caseId).orElseThrow();
        assertThat(document.getVersion()).isEqualTo(1);
        assertThat(document.getSha256()).isEqualTo(IssuedDocuments.sha256(document.getContent())).isEqualTo(draft.getSha256());
        assertThat(notices.get(draft.getId()).getStatus()).isEqualTo(NoticeStatus.ISSUED);
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(e.getDocument()).isEqualTo("認定結果通知書");
            assertThat(e.getDetail()).contains(document.getSha256());
        });

        long certificateId = decisions.get(caseId).getCertificateId();
        assertThat(reminders.of(certificateId)).get().satisfies(r -> {
            assertThat(r.getStatus()).isEqualTo(RenewalReminder.Status.SCHEDULED);
            assertThat(r.getDueDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        });
        var reminder = runtime.createProcessInstanceQuery().processDefinitionKey("renewal-reminder")
                .processInstanceBusinessKey(caseId).singleResult();
        assertThat(reminder).isWaitingAt("Timer_ReminderDue");
        assertThat(management.createJobQuery().processInstanceId(reminder.getId()).timers().singleResult().getDuedate())
                .isEqualTo(startOf(LocalDate.of(2026, 9, 1)));
    }

    @Test
    void sentBackNoticeIsRevisedByOneAndApprovedByAnotherStaffMember() {
        String caseId = decidedCase(CareLevel.CARE_1, Map.of());
        ProcessInstance notification = notification(caseId);
        management.executeJob(cases.job(caseId, "Task_DraftDecisionNotice").getId());
        NoticeDraft first = notices.latest(NoticeKind.DECISION_NOTICE, caseId).orElseThrow();

        identity.setAuthentication("approver.a", java.util.List.of("staff"));
        assertThatThrownBy(() -> cases.sendNoticeBack(caseId, "Task_ApproveDecisionNotice", " "))
                .hasMessageContaining("修正してほしい点");
        assertThat(notification).isWaitingAt("Task_ApproveDecisionNotice");
        cases.sendNoticeBack(caseId, "Task_ApproveDecisionNotice", "長女の方の住所に送付してください");

        assertThat(notification).isWaitingAt("Task_ReviseDecisionNotice");
        assertThat(runtime.getVariable(notification.getId(), "noticeReviewComment")).isEqualTo("長女の方の住所に送付してください");
        assertThat(runtime.getVariable(notification.getId(), "addresseeName")).isEqualTo("試験 太郎");
        assertThat(notices.get(first.getId())).satisfies(d -> {
            assertThat(d.getStatus()).isEqualTo(NoticeStatus.SENT_BACK);
            assertThat(d.getReviewedBy()).isEqualTo("approver.a");
        });

        identity.setAuthentication("reviser.b", java.util.List.of("staff"));
        assertThatThrownBy(() -> cases.complete(caseId, "Task_ReviseDecisionNotice",
                Map.of("addresseeName", "試験 花子", "addresseePostalCode", "12-34", "addresseeAddress", "テスト市南町2-2")))
                .hasMessageContaining("郵便番号");
        cases.complete(caseId, "Task_ReviseDecisionNotice", Map.of("addresseeName", "試験 花子（長女）",
                "addresseePostalCode", "1234567", "addresseeAddress", "テスト市南町2-2", "noticeRemark", "ご本人は入院中のため、ご家族様宛てに送付しています。"));

        assertThat(notification).isWaitingAt("Task_ApproveDecisionNotice");
        NoticeDraft second = notices.latest(NoticeKind.DECISION_NOTICE, caseId).orElseThrow();
        assertThat(second.getRevision()).isEqualTo(2);
        assertThat(second.getDocumentNumber()).isEqualTo(first.getDocumentNumber());
        assertThat(second.getPreparedBy()).isEqualTo("reviser.b");
        assertThat(runtime.getVariable(notification.getId(), "noticeDraftId")).isEqualTo(second.getId());
        assertThat(runtime.getVariable(notification.getId(), "noticeDecision")).isNull();

        assertThatThrownBy(() -> cases.approveNotice(caseId, "Task_ApproveDecisionNotice"))
                .hasMessageContaining("ご自身が修正した通知書は承認できません");
        assertThat(notification).isWaitingAt("Task_ApproveDecisionNotice");

        identity.setAuthentication("approver.a", java.util.List.of("staff"));
        cases.approveNotice(caseId, "Task_ApproveDecisionNotice");
        management.executeJob(cases.job(caseId, "Task_IssueDecisionNotice").getId());

        assertThat(notification).isEnded().hasPassed("Task_ReviseDecisionNotice", "Task_IssueDecisionNotice");
        var document = issued.latest(NoticeKind.DECISION_NOTICE.name(), caseId).orElseThrow();
        Letters.save("decision-notice-revised", document.getContent());
        assertThat(Letters.assertLetter(document.getContent(), 2).flat())
                .contains("〒123-4567", "テスト市南町2-2", "試験 花子（長女） 様", "備考 ご本人は入院中のため")
                .doesNotContain("テスト市本町1-1");
        assertThat(notices.ofCase(caseId)).extracting(NoticeDraft::getStatus)
                .containsExactly(NoticeStatus.SENT_BACK, NoticeStatus.ISSUED);
    }

    @Test
    void nonApplicableNoticeStatesTheReasonsAndSchedulesNoReminder() {
        String caseId = decidedCase(CareLevel.NOT_APPLICABLE, Map.of("nonApplicableReason",
                "日常生活動作・手段的日常生活動作はいずれも自立しており、介護の手間を要する状態とは認められないため"));
        cases.sendDecisionNotice(caseId);

        var document = issued.latest(NoticeKind.DECISION_NOTICE.name(), caseId).orElseThrow();
        Letters.save("decision-notice-non-applicable", document.getContent());
        var letter = Letters.assertLetter(document.getContent(), 2);
        assertThat(letter.title()).isEqualTo("認定結果通知書（非該当）");
        assertThat(letter.flat()).contains("要介護状態及び要支援状態のいずれにも該当しないと認められました",
                "介護保険法第27条第9項の規定により、理由を付して通知します", "非該当の理由",
                "介護の手間を要する状態とは認められないため", "教 示")
                .doesNotContain("区分支給限度基準額", "認定の有効期間");
        assertThat(applications.get(caseId).getState()).isEqualTo(ApplicationState.NOTIFIED);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("renewal-reminder")
                .processInstanceBusinessKey(caseId).count()).isZero();
    }

    @Test
    void supportLevelCitesArticle32AndItsLimit() {
        String caseId = decidedCase(CareLevel.SUPPORT_1, Map.of());
        cases.sendDecisionNotice(caseId);
        var document = issued.latest(NoticeKind.DECISION_NOTICE.name(), caseId).orElseThrow();
        Letters.save("decision-notice-support1", document.getContent());
        assertThat(Letters.assertLetter(document.getContent(), 2).flat())
                .contains("要支援認定結果通知書", "介護保険法第32条第6項", "要支援1", "5,032単位");
    }

    @Test
    void aLetterIssuedOnALaterDayCarriesThatDayAndIssuingTwiceIssuesOnce() {
        String caseId = decidedCase(CareLevel.CARE_3, Map.of());
        management.executeJob(cases.job(caseId, "Task_DraftDecisionNotice").getId());
        cases.approveNotice(caseId, "Task_ApproveDecisionNotice");
        NoticeDraft draft = notices.latest(NoticeKind.DECISION_NOTICE, caseId).orElseThrow();

        setDate(DECIDED.plusDays(2));
        management.executeJob(cases.job(caseId, "Task_IssueDecisionNotice").getId());

        var document = issued.latest(NoticeKind.DECISION_NOTICE.name(), caseId).orElseThrow();
        assertThat(document.getSha256()).isNotEqualTo(draft.getSha256());
        assertThat(Letters.parse(document.getContent()).flat()).contains("令和8年4月30日", "27,048単位", draft.getDocumentNumber());
        assertThat(Letters.parse(draft.getContent()).flat()).contains("令和8年4月28日");

        assertThat(decisionNotices.issue(draft.getId()).getId()).isEqualTo(document.getId());
        assertThat(issued.versions(NoticeKind.DECISION_NOTICE.name(), caseId)).hasSize(1);
    }

    @Test
    void aDraftCannotBeIssuedBeforeItIsApproved() {
        String caseId = decidedCase(CareLevel.CARE_1, Map.of());
        management.executeJob(cases.job(caseId, "Task_DraftDecisionNotice").getId());
        NoticeDraft draft = notices.latest(NoticeKind.DECISION_NOTICE, caseId).orElseThrow();

        assertThatThrownBy(() -> decisionNotices.issue(draft.getId())).hasMessageContaining("承認されていない");
        assertThatThrownBy(() -> cases.complete(caseId, "Task_ApproveDecisionNotice", Map.of()))
                .hasMessageContaining("承認するか差し戻すか");
        assertThat(issued.latest(NoticeKind.DECISION_NOTICE.name(), caseId)).isEmpty();
        assertThat(applications.get(caseId).getState()).isEqualTo(ApplicationState.DECIDED);
    }

    /** A new application decided by the board on DECIDED, the clock left on that day. */
    private String decidedCase(CareLevel level, Map<String, Object> board) {
        setDate(RECEIVED);
        InsuredPerson person = fixtures.resident(RECEIVED);
        String caseId = cases.receive(person, ApplicationType.NEW, RECEIVED);
        Map<String, Object> variables = new java.util.HashMap<>(board);
        cases.runToBoardResult(caseId, level, variables);
        setDate(DECIDED);
        cases.runDecision(caseId);
        return caseId;
    }

    private ProcessInstance notification(String caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("notification")
                .processInstanceBusinessKey(caseId).singleResult();
    }
}
