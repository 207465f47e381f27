package jp.nintei.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.ApplicationState;
import jp.nintei.application.ApplicationType;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.security.Roles;
import jp.nintei.support.Browser;
import jp.nintei.support.CamundaForms;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTestDatabase;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * In headless Chromium on PostgreSQL: a clerk opens the 認定結果通知書 approval task in Tasklist,
 * sees the draft's summary and its PDF, approves it, and finds the issued letter on the case's
 * notice page; an auditor filters the audit log by that case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class NoticeBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired CaseDriver cases;
    @Autowired NoticeFixtures fixtures;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired ApplicationService applications;
    @Autowired BusinessClock clock;
    @Autowired SecondFactors secondFactors;

    @Test
    void clerkApprovesTheDecisionNoticeInTasklistAndAnAuditorSeesTheReads() throws Exception {
        fixtures.letterhead();
        LocalDate today = clock.today();
        String caseId = cases.receive(fixtures.resident(today), ApplicationType.NEW, today);
        cases.runToBoardResult(caseId, CareLevel.CARE_2, Map.of("boardOpinion", "訪問リハビリテーションの利用が望ましい"));
        cases.runDecision(caseId);
        management.executeJob(cases.job(caseId, "Task_DraftDecisionNotice").getId());
        String clerk = data.user("browser.approver", Roles.STAFF);
        String auditor = data.user("browser.auditor", Roles.AUDITOR);

        try (Browser browser = new Browser("http://localhost:" + port)) {
            login(browser, clerk);
            browser.open("/camunda/app/tasklist/default/");
            browser.click(By.partialLinkText("すべてのタスク"));
            browser.click(By.xpath("//li[contains(@class,'task')][.//*[contains(., '" + caseId + "')]]"
                    + "[.//*[contains(., '認定結果通知書の承認')]]//h4"));
            var link = browser.visible(By.xpath("//a[contains(., '下書き（PDF）を開く')]"));
            String form = browser.visible(By.cssSelector(".fjs-form")).getText();
            browser.screenshot("tasklist-decision-notice-approval");
            assertThat(form).contains("認定結果通知書の承認", "要介護2", "19,705単位", "訪問リハビリテーションの利用が望ましい", "送付先");
            String href = link.getDomAttribute("href");
            assertThat(href).matches("/staff/notices/drafts/\\d+/pdf");
            var pdf = fetch(browser, href);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/pdf"));
            assertThat(Letters.parse(pdf.body()).flat()).contains("要介護認定結果通知書", "19,705単位");

            browser.click(By.xpath("//button[contains(., 'Claim')]"));
            new CamundaForms(browser).radio("承認して発行する");
            By complete = By.xpath("//button[normalize-space(.)='Complete']");
            // The form is taller than the window: bring the button above Tasklist's footer first.
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    browser.visible(complete));
            browser.click(complete);
            browser.wait.until(d -> tasks.createTaskQuery().processInstanceBusinessKey(caseId)
                    .taskDefinitionKey("Task_ApproveDecisionNotice").count() == 0);
            management.executeJob(cases.job(caseId, "Task_IssueDecisionNotice").getId());
            assertThat(applications.get(caseId).getState()).isEqualTo(ApplicationState.NOTIFIED);

            browser.open("/staff/cases/" + caseId + "/notices");
            String page = browser.visible(By.tagName("main")).getText();
            browser.screenshot("staff-case-notices");
            assertThat(page).contains("発行済み", "要介護認定結果通知書", "browser.approver");
        }

        try (Browser browser = new Browser("http://localhost:" + port)) {
            login(browser, auditor);
            browser.open("/audit");
            browser.type(By.name("caseId"), caseId);
            browser.click(By.xpath("//form[@id='audit-filter']//button[normalize-space(.)='検索']"));
            browser.wait.until(ExpectedConditions.urlContains("caseId=" + caseId));
            String table = browser.visible(By.id("audit-events")).getText();
            browser.screenshot("audit-log-by-case");
            assertThat(table).contains("browser.approver", "通知書下書きの確認", "認定結果通知書", "通知書の発行");
        }
    }

    /** GETs a page with the browser's session cookie, as the PDF link in the form would. */
    private HttpResponse<byte[]> fetch(Browser browser, String path) throws Exception {
        String cookie = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void login(Browser browser, String userId) {
        String secret = secondFactors.enrol(userId);
        browser.login(userId, TestData.PASSWORD, () -> secondFactors.nextCode(userId, secret));
    }
}
