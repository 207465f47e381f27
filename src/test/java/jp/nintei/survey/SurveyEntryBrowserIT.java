package jp.nintei.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import jp.nintei.application.ApplicationType;
import jp.nintei.support.Browser;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTestDatabase;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * A surveyor in headless Chromium: finds the survey in Tasklist, follows the link to the entry
 * pages, records the 概況調査 and group 1, confirms the warning and submits. On PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class SurveyEntryBrowserIT {

    @LocalServerPort int port;
    @Autowired CaseDriver cases;
    @Autowired SecondFactors secondFactors;
    @Autowired TestData data;
    @Autowired SurveyEntryService entry;
    @Autowired SurveyService surveys;
    @Autowired SurveyCatalog catalog;
    @Autowired BusinessClock clock;

    /** A clerk assigns in Tasklist: the care-plan office's surveyor is refused for a 新規 case, the municipal one accepted. */
    private void assignInTasklist(String caseId, String refused, String accepted) {
        String clerk = data.user("browser.assigner", jp.nintei.security.Roles.STAFF);
        try (Browser browser = new Browser("http://localhost:" + port)) {
            secondFactors.login(browser, clerk, TestData.PASSWORD);
            browser.open("/camunda/app/tasklist/default/");
            browser.click(By.partialLinkText("すべてのタスク"));
            browser.click(By.xpath("//li[contains(@class,'task')][.//*[contains(., '" + caseId + "')]]//h4[contains(., '調査員の割当')]"));
            browser.click(By.xpath("//button[contains(., 'Claim')]"));
            var candidates = browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-text')]"
                    + "[.//strong[contains(., '登録されている調査員')]]"));
            browser.screenshot("survey-assignment-form");
            assertThat(candidates.getText()).contains(accepted, refused, "依頼不可");
            var form = new jp.nintei.support.CamundaForms(browser);
            form.text("surveyorId", refused);
            complete(browser);
            assertThat(browser.visible(By.xpath("//*[contains(text(), 'の認定調査は依頼できません')]")).getText())
                    .contains("指定居宅介護支援事業者のため、新規の認定調査は依頼できません").doesNotContain("ENGINE-");
            browser.screenshot("survey-assignment-refused");
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.querySelectorAll('.page-notifications .alert').forEach(a => a.remove());");
            form.text("surveyorId", accepted);
            complete(browser);
            browser.wait.until(d -> cases.task(caseId, "Task_EnterSurvey") != null);
        }
    }

    @Test
    void surveyorEntersAndSubmitsTheSurveyFromTasklist() {
        LocalDate today = clock.today();
        String surveyor = cases.surveyor("browser.surveyor");
        String careManager = cases.surveyor("browser.cm", "1370999001", jp.nintei.office.OfficeKind.CARE_PLAN_OFFICE);
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        assignInTasklist(caseId, careManager, surveyor);
        // Groups 2–5 and group 6/7 as the surveyor saved them on an earlier visit to the pages.
        LocalDateTime now = LocalDateTime.ofInstant(clock.now(), clock.zone()).truncatedTo(ChronoUnit.MINUTES);
        var earlier = SurveyFixtures.with(SurveyFixtures.complete(catalog, now, surveyor), "2-2", 1);
        entry.saveDraft(caseId, earlier.withOverview(SurveyAnswers.Overview.EMPTY)
                .withItems(catalog.group("1").orElseThrow().items().stream().map(SurveyCatalog.Item::id).toList(),
                        Map.of(), Map.of()), Set.of(), null);

        try (Browser browser = new Browser("http://localhost:" + port)) {
            secondFactors.login(browser, surveyor, TestData.PASSWORD);
            browser.open("/camunda/app/tasklist/default/");
            browser.click(By.partialLinkText("自分のタスク"));
            browser.click(By.xpath("//li[contains(@class,'task')][.//*[contains(., '" + caseId + "')]]//h4"));
            browser.visible(By.partialLinkText("調査票の入力画面を開く"));
            browser.screenshot("survey-tasklist-task");
            browser.click(By.partialLinkText("調査票の入力画面を開く"));
            if (browser.driver.getWindowHandles().size() > 1) {
                browser.driver.switchTo().window(browser.driver.getWindowHandles().stream().reduce((a, b) -> b).orElseThrow());
            }
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/survey/cases/" + caseId + "/entry/overview"));

            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('surveyedAt').value = arguments[0];", now.toString());
            browser.click(By.cssSelector("input[name=placeKind][value=HOME]"));
            browser.click(By.id("service-HOME_HELP"));
            browser.type(By.name("amount.HOME_HELP"), "8");
            browser.type(By.id("family"), "長男夫婦と同居。日中は独居");
            browser.screenshot("survey-overview");
            browser.click(By.cssSelector("button[value=next]"));

            browser.wait.until(d -> d.getCurrentUrl().endsWith("/entry/group-1"));
            for (var item : catalog.group("1").orElseThrow().items()) {
                int choice = item.id().equals("1-7") ? 3 : 1;
                browser.click(By.cssSelector("input[name='item." + item.id() + "'][value='" + choice + "']"));
            }
            browser.click(By.xpath("//fieldset[@id='item-1-7']//summary"));
            browser.type(By.name("note.1-7"), "屋内は車いすを自分で操作して移動している");
            browser.screenshot("survey-group-1");
            browser.click(By.cssSelector("button[value=next]"));
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/entry/group-2"));

            browser.open("/survey/cases/" + caseId + "/entry/confirm");
            assertThat(browser.visible(By.cssSelector(".warning")).getText()).contains("「歩行」が「できない」");
            browser.click(By.cssSelector("button[value=submit]"));
            assertThat(browser.visible(By.cssSelector(".error")).getText()).contains("確認が必要です");
            browser.click(By.cssSelector("input[name=confirm][value=walk-move]"));
            browser.screenshot("survey-confirm");
            browser.click(By.cssSelector("button[value=submit]"));

            browser.wait.until(d -> d.getCurrentUrl().endsWith("/survey/cases/" + caseId));
            assertThat(browser.visible(By.cssSelector(".notice")).getText()).contains("調査票を提出しました");
            browser.screenshot("survey-submitted");
        }
        var submitted = surveys.current(caseId).orElseThrow();
        assertThat(submitted.choices()).containsEntry("1-7", java.util.List.of(3)).containsEntry("2-2", java.util.List.of(1));
        assertThat(submitted.services()).singleElement().satisfies(s -> assertThat(s.amount()).isEqualTo(8));
        assertThat(submitted.notes()).containsEntry("1-7", "屋内は車いすを自分で操作して移動している");
        assertThat(cases.task(caseId, "Task_EnterSurvey")).isNull();
    }

    /** Tasklist's footer can cover the button of a long form: bring it into view first. */
    private static void complete(Browser browser) {
        var button = browser.visible(By.xpath("//button[normalize-space(.)='Complete']"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        browser.click(By.xpath("//button[normalize-space(.)='Complete']"));
    }
}
