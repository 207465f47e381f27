package jp.nintei.notification;

import static jp.nintei.notification.NoticeFixtures.setDate;
import static jp.nintei.notification.NoticeFixtures.startOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.application.ApplicationType;
import jp.nintei.deadline.ExtensionNoticeService;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;

/**
 * The 延期通知書 in certification.bpmn: drafted when the 30-day clock prepares a notice, approved
 * and issued (the clock then waits for the 処理見込日), or sent back and revised with a corrected
 * 処理見込日 that the re-check timer follows.
 */
@ProcessTest
class ExtensionNoticeLetterTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 4, 1);
    static final LocalDate NOTICE_DAY = RECEIVED.plusDays(25);

    @Autowired ProcessEngine engine;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired CaseDriver cases;
    @Autowired NoticeFixtures fixtures;
    @Autowired NoticeService notices;
    @Autowired IssuedDocuments issued;
    @Autowired ExtensionNoticeService extensionNotices;

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
    void approvedNoticeIsIssuedAndTheClockWaitsForTheExpectedDate() {
        String caseId = caseAtNoticeDay();
        var pi = cases.instance(caseId);
        assertThat(pi).hasPassed("Task_DraftExtensionNotice").isWaitingAt("Task_SendExtensionNotice");

        NoticeDraft draft = notices.latest(NoticeKind.EXTENSION_NOTICE, caseId + "/1").orElseThrow();
        Letters.save("extension-notice", draft.getContent());
        var letter = Letters.assertLetter(draft.getContent(), 1);
        assertThat(letter.title()).isEqualTo("延期通知書");
        assertThat(letter.flat()).contains(draft.getDocumentNumber(), "令和8年4月26日", "試験 太郎 様",
                "要介護認定等の処分の延期について（通知）", "令和8年4月1日付けで申請のありました",
                "介護保険法第27条第11項ただし書の規定により通知します", "認定調査及び主治医意見書が揃っていないため",
                "処理見込期間 令和8年5月26日まで", "介護保険法第27条第12項", "健康福祉部 介護保険課 認定係")
                .doesNotContain("改めて通知", "教 示");

        cases.approveExtensionNotice(caseId);

        assertThat(pi).hasPassed("Task_IssueExtensionNotice").isWaitingAt("Timer_ExpectedDatePassed");
        var document = issued.latest(NoticeKind.EXTENSION_NOTICE.name(), caseId + "/1").orElseThrow();
        assertThat(document.getSha256()).isEqualTo(draft.getSha256());
        assertThat(extensionNotices.of(caseId).get(0).isSent()).isTrue();
        assertThat(cases.job(caseId, "Timer_ExpectedDatePassed").getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 5, 27)));
    }

    @Test
    void sentBackNoticeGetsACorrectedExpectedDateThatTheRecheckFollows() {
        String caseId = caseAtNoticeDay();
        LocalDate session = LocalDate.of(2026, 6, 3);

        staff("kakari.a");
        cases.sendNoticeBack(caseId, "Task_SendExtensionNotice", "審査会は6月3日に決まっています");
        assertThat(cases.instance(caseId)).isWaitingAt("Task_ReviseExtensionNotice");

        staff("kakari.b");
        assertThatThrownBy(() -> cases.complete(caseId, "Task_ReviseExtensionNotice", revision(NOTICE_DAY.minusDays(1))))
                .hasMessageContaining("本日以降");
        assertThat(extensionNotices.of(caseId).get(0).getExpectedDecisionDate()).isEqualTo(LocalDate.of(2026, 5, 26));
        cases.complete(caseId, "Task_ReviseExtensionNotice", revision(session));

        assertThat(cases.instance(caseId)).isWaitingAt("Task_SendExtensionNotice");
        assertThat(extensionNotices.of(caseId).get(0).getExpectedDecisionDate()).isEqualTo(session);
        NoticeDraft revised = notices.latest(NoticeKind.EXTENSION_NOTICE, caseId + "/1").orElseThrow();
        assertThat(revised.getRevision()).isEqualTo(2);
        assertThat(Letters.parse(revised.getContent()).flat()).contains("処理見込期間 令和8年6月3日まで");

        staff("kakari.a");
        cases.approveExtensionNotice(caseId);
        assertThat(cases.instance(caseId)).isWaitingAt("Timer_ExpectedDatePassed");
        assertThat(cases.job(caseId, "Timer_ExpectedDatePassed").getDuedate()).isEqualTo(startOf(session.plusDays(1)));
    }

    @Test
    void aSecondNoticeSaysItReplacesTheFirst() {
        String caseId = caseAtNoticeDay();
        cases.approveExtensionNotice(caseId);
        cases.completeSurvey(caseId);
        setDate(LocalDate.of(2026, 5, 27));
        management.executeJob(cases.job(caseId, "Timer_ExpectedDatePassed").getId());

        NoticeDraft second = notices.latest(NoticeKind.EXTENSION_NOTICE, caseId + "/2").orElseThrow();
        Letters.save("extension-notice-second", second.getContent());
        assertThat(Letters.parse(second.getContent()).flat()).contains("主治医意見書が提出されていないため",
                "先に通知した処理見込期間内に処分をすることができなくなったため、改めて通知する", "令和8年6月27日まで");
        assertThat(second.getDocumentNumber())
                .isNotEqualTo(notices.latest(NoticeKind.EXTENSION_NOTICE, caseId + "/1").orElseThrow().getDocumentNumber());
    }

    @Test
    void theFormerSentCheckboxStillCountsAsApprovalOnTheExtensionTask() {
        String caseId = caseAtNoticeDay();
        cases.complete(caseId, "Task_SendExtensionNotice", Map.of("noticeSent", true));
        assertThat(cases.instance(caseId)).hasPassed("Task_IssueExtensionNotice").isWaitingAt("Timer_ExpectedDatePassed");
        assertThat(engine.getRuntimeService().getVariable(cases.instance(caseId).getId(), "noticeSent")).isNull();
    }

    private String caseAtNoticeDay() {
        setDate(RECEIVED);
        String caseId = cases.receive(fixtures.resident(RECEIVED), ApplicationType.NEW, RECEIVED);
        cases.confirmIntake(caseId);
        setDate(NOTICE_DAY);
        management.executeJob(cases.job(caseId, "Timer_ExtensionNoticeDue").getId());
        return caseId;
    }

    private void staff(String user) {
        identity.setAuthentication(user, List.of("staff"));
    }

    private static Map<String, Object> revision(LocalDate expected) {
        return Map.of("revisedExpectedDate", expected.toString(), "addresseeName", "試験 太郎",
                "addresseePostalCode", "100-0001", "addresseeAddress", "テスト市本町1-1");
    }
}
