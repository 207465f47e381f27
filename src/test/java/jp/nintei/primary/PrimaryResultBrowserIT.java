package jp.nintei.primary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

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
 * A clerk keys in the 認定ソフト printout in Tasklist: a level that the thresholds do not give is
 * refused with the reason on screen and the task stays; the corrected level completes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class PrimaryResultBrowserIT {

    @LocalServerPort int port;
    @Autowired CaseDriver cases;
    @Autowired SecondFactors secondFactors;
    @Autowired TestData data;
    @Autowired PrimaryDeterminationService primary;
    @Autowired BusinessClock clock;

    @Test
    void clerkKeysInThePrintedResultAndSeesWhyAWrongLevelIsRefused() {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);
        cases.openPrimaryEntry(caseId);
        var printed = PrimaryFixtures.consistent(CareLevel.CARE_2, primary.basis(caseId));
        String clerk = data.user("browser.primary", Roles.STAFF);

        try (Browser browser = new Browser("http://localhost:" + port)) {
            secondFactors.login(browser, clerk, TestData.PASSWORD);
            browser.open("/camunda/app/tasklist/default/");
            var form = new CamundaForms(browser);
            openTask(browser, caseId, true);
            fill(browser, form, printed, "要介護3");
            complete(browser);

            var notice = browser.visible(By.xpath("//*[contains(text(), '判定基準と一致しません')]"));
            browser.screenshot("primary-refused-in-tasklist");
            assertThat(notice.getText()).contains("一次判定「要介護3」は判定基準と一致しません", "「要介護2」")
                    .doesNotContain("ENGINE-", "TaskListener");
            assertThat(cases.task(caseId, "Task_EnterPrimaryResult")).isNotNull();
            assertThat(primary.of(caseId)).isEmpty();

            // The clerk checks the printout again and keys in the level it shows.
            browser.open("/camunda/app/tasklist/default/");
            openTask(browser, caseId, false);
            fill(browser, form, printed, "要介護2");
            complete(browser);
            browser.wait.until(d -> primary.of(caseId).isPresent());
        }
        assertThat(primary.of(caseId).orElseThrow().getCareLevel()).isEqualTo(CareLevel.CARE_2);
        assertThat(cases.instance(caseId)).isNotNull();
    }

    private static void openTask(Browser browser, String caseId, boolean claim) {
        browser.click(By.partialLinkText("すべてのタスク"));
        browser.click(By.xpath("//li[contains(@class,'task')][.//*[contains(., '" + caseId + "')]]//h4[contains(., '一次判定結果の入力')]"));
        if (claim) {
            browser.click(By.xpath("//button[contains(., 'Claim')]"));
        }
    }

    private static void fill(Browser browser, CamundaForms form, PrimaryResultInput printed, String level) {
        for (CareTime t : CareTime.values()) {
            form.text(RecordEnteredResultDelegate.formKey(t), printed.times().get(t.key()).toPlainString());
        }
        form.text("standardTimeMinutes", printed.totalMinutes().toPlainString());
        printed.groupScores().forEach((g, s) -> form.text("groupScore" + g, s.toPlainString()));
        form.text("warningCodes", "A3");
        select(browser, form, "resultSurveyBedridden", "J1");
        select(browser, form, "resultSurveyDementia", "Ⅰ");
        select(browser, form, "resultOpinionBedridden", "A1");
        select(browser, form, "resultOpinionDementia", "Ⅱa");
        select(browser, form, "primaryCareLevel", level);
    }

    /** Tasklist's footer covers the bottom of the form: bring the dropdown to the middle first. */
    private static void select(Browser browser, CamundaForms form, String key, String label) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("document.querySelector(\"[id$='-Field_"
                + key + "']\").closest('.fjs-form-field').scrollIntoView({block: 'center'});");
        form.select(key, label);
    }

    private static void complete(Browser browser) {
        var button = browser.visible(By.xpath("//button[normalize-space(.)='Complete']"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", button);
        browser.click(By.xpath("//button[normalize-space(.)='Complete']"));
    }
}
