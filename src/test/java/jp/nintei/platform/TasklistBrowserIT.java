package jp.nintei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import jp.nintei.application.ApplicationState;
import jp.nintei.application.CertificationApplicationRepository;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.security.Roles;
import jp.nintei.support.Browser;
import jp.nintei.support.CamundaForms;
import jp.nintei.support.PostgresTestDatabase;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * A clerk in headless Chromium: logs in once (password and TOTP code), files an application through the Tasklist start
 * form, confirms it in Tasklist, and sees the case on the staff page. On PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class TasklistBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired CertificationApplicationRepository applications;
    @Autowired TaskService tasks;
    @Autowired BusinessClock clock;
    @Autowired SecondFactors secondFactors;

    @Test
    void clerkFilesAndConfirmsAnApplicationInTasklist() {
        String clerk = data.user("browser.clerk", Roles.STAFF);
        InsuredPerson person = data.elderly(clock.today());
        try (Browser browser = new Browser("http://localhost:" + port)) {
            login(browser, clerk);
            startApplication(browser, person.getInsuredNumber(), clock.today());
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

            var application = applications.findAll().stream()
                    .filter(a -> a.getInsuredPerson().getId().equals(person.getId())).findFirst().orElseThrow();
            String caseId = application.getCaseId();

            browser.click(By.partialLinkText("すべてのタスク"));
            browser.click(By.xpath("//li[contains(@class,'task')][.//*[contains(., '" + caseId + "')]]//h4"));
            browser.click(By.xpath("//button[contains(., 'Claim')]"));
            var form = new CamundaForms(browser);
            form.radio("受理する");
            browser.click(By.xpath("//button[normalize-space(.)='Complete']"));
            browser.wait.until(d -> tasks.createTaskQuery().processInstanceBusinessKey(caseId)
                    .taskDefinitionKey("Task_AssignSurveyor").count() == 1);
            browser.screenshot("tasklist-after-confirmation");

            assertThat(applications.findById(caseId).orElseThrow().getState()).isEqualTo(ApplicationState.IN_REVIEW);
            browser.open("/staff/cases/" + caseId);
            assertThat(browser.visible(By.tagName("main")).getText()).contains(caseId, "審査中", "申請内容確認");
        }
    }

    @Test
    void refusedApplicationShowsTheReasonInTasklistAndStoresNothing() {
        String clerk = data.user("browser.clerk2", Roles.STAFF);
        InsuredPerson secondInsured = data.person(clock.today().minusYears(50), null);
        long before = applications.count();
        try (Browser browser = new Browser("http://localhost:" + port)) {
            login(browser, clerk);
            startApplication(browser, secondInsured.getInsuredNumber(), clock.today());

            var notice = browser.visible(By.xpath("//*[contains(text(), '特定疾病に該当する場合に限り申請できます')]"));
            browser.screenshot("tasklist-intake-refused");
            assertThat(notice.getText()).contains("特定疾病");
        }
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void loggingOutInTasklistEndsTheSingleSignOnSession() {
        String clerk = data.user("browser.clerk3", Roles.STAFF);
        try (Browser browser = new Browser("http://localhost:" + port)) {
            login(browser, clerk);
            browser.open("/camunda/app/tasklist/default/");
            browser.click(By.cssSelector(".account .dropdown-toggle"));
            browser.click(By.partialLinkText("Log out"));
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/login?logout"));

            browser.open("/staff/cases");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
        }
    }

    /** Password and TOTP code, as a clerk with an authenticator app logs in. */
    private void login(Browser browser, String clerk) {
        String secret = secondFactors.enrol(clerk);
        browser.login(clerk, TestData.PASSWORD, () -> secondFactors.nextCode(clerk, secret));
    }

    private static void startApplication(Browser browser, String insuredNumber, LocalDate received) {
        browser.open("/camunda/app/tasklist/default/");
        browser.click(By.partialLinkText("Start process"));
        browser.click(By.partialLinkText("要介護認定"));
        var form = new CamundaForms(browser);
        form.text("insuredNumber", insuredNumber);
        form.select("applicationType", "新規");
        form.date("receivedDate", received);
        form.select("applicantKind", "本人");
        form.check("consentToShare");
        browser.click(By.cssSelector(".modal-footer button.btn-primary"));
    }
}
