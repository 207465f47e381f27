package jp.nintei.opinion;

import static jp.nintei.support.PhysicianFormFill.answerTheRequiredRest;
import static jp.nintei.support.PhysicianFormFill.radio;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import jp.nintei.application.ApplicationType;
import jp.nintei.opinion.registry.Physician;
import jp.nintei.support.Browser;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTestDatabase;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * A physician in headless Chromium with JavaScript switched off: opens the mailed link, submits
 * an incomplete form and sees the messages at the fields, completes it, submits, and sees the
 * opinion read-only with its PDF. On PostgreSQL, through the real servlet container.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class PhysicianPortalBrowserIT {

    @LocalServerPort int port;
    @Autowired CaseDriver cases;
    @Autowired SecondFactors secondFactors;
    @Autowired OpinionSteps stage;
    @Autowired OpinionTestData opinionData;
    @Autowired OpinionService opinions;
    @Autowired TestData data;
    @Autowired BusinessClock clock;

    @Test
    void aPhysicianWritesAndSubmitsTheOpinionWithoutJavaScript() {
        opinionData.driverPhysician();
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        Physician physician = opinionData.physician(true, "ブラウザ 医師");
        stage.request(caseId, "Task_SelectPhysician", physician.getPhysicianCode());
        String token = stage.tokenFromMail(physician.getInstitution().getEmail());

        try (Browser browser = new Browser("http://localhost:" + port)) {
            ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            browser.open("/physician/opinion/" + token);
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("主治医意見書の作成");
            assertThat(browser.visible(By.className("patient")).getText()).contains("試験 太郎", caseId + "-1");
            var csrfCookie = browser.driver.manage().getCookieNamed("PHYSICIAN-XSRF-TOKEN");
            assertThat(csrfCookie).isNotNull();
            assertThat(csrfCookie.getPath()).isEqualTo("/physician");
            assertThat(csrfCookie.isHttpOnly()).isTrue();
            assertThat(csrfCookie.getSameSite()).isEqualTo("Strict");
            assertThat(browser.driver.manage().getCookieNamed("JSESSIONID")).isNull();

            browser.type(By.name("diagnoses[0].name"), "アルツハイマー型認知症");
            radio(browser, "stability", "UNSTABLE");
            submit(browser);
            assertThat(browser.visible(By.className("error-summary")).getText()).contains("入力内容を確認してください");
            assertThat(fieldError(browser, "writtenDate")).isEqualTo("記入日を入力してください");
            assertThat(fieldError(browser, "instabilityDetail")).isEqualTo("「不安定」の場合は具体的な状況を入力してください");
            assertThat(browser.driver.findElement(By.name("diagnoses[0].name")).getDomProperty("value"))
                    .isEqualTo("アルツハイマー型認知症");
            browser.screenshot("physician-portal-validation");
            fullPage(browser, "physician-portal-form-full");

            fillRequired(browser, today);
            submit(browser);
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("提出済みの主治医意見書");
            String page = browser.visible(By.tagName("main")).getText();
            assertThat(page).contains("意見書を提出しました", "アルツハイマー型認知症", "不安定（夜間の不穏が続いている）",
                    "Ⅱb", "B1", "同意する", "2回目以降・在宅");
            assertThat(browser.driver.findElement(By.partialLinkText("PDFで保存")).getDomAttribute("href"))
                    .startsWith("/physician/opinion/" + token + "/documents/");
            browser.screenshot("physician-portal-submitted");

            browser.driver.navigate().refresh();
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("提出済みの主治医意見書");
            assertThat(browser.driver.findElements(By.name("action"))).isEmpty();
        }
        assertThat(opinions.versions(caseId)).singleElement().satisfies(v -> {
            assertThat(v.dementiaLevel()).isEqualTo(jp.nintei.scale.DementiaLevel.IIB);
            assertThat(v.physicianName()).isEqualTo("ブラウザ 医師");
        });
    }

    @Test
    void staffChooseThePhysicianInTasklistFromTheCandidates() {
        String clerk = data.user("browser.opinion.clerk", jp.nintei.security.Roles.STAFF);
        String code = opinionData.driverPhysician();
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        try (Browser browser = new Browser("http://localhost:" + port)) {
            secondFactors.login(browser, clerk, TestData.PASSWORD);
            browser.open("/camunda/app/tasklist/default/");
            browser.click(By.partialLinkText("すべてのタスク"));
            browser.click(By.xpath("//li[contains(@class,'task')][.//*[contains(., '" + caseId + "')]]"
                    + "[.//*[contains(., '依頼先の選択')]]//h4"));
            browser.click(By.xpath("//button[contains(., 'Claim')]"));
            var candidates = browser.visible(By.xpath("//*[contains(@class,'fjs-form-field-text')][contains(., '候補')]"));
            assertThat(candidates.getText()).contains(code, "主治医 一郎", "テスト病院", "電子・メールで依頼");
            assertThat(browser.driver.findElement(By.linkText("医療機関・医師の一覧")).getDomAttribute("href"))
                    .isEqualTo("/staff/physicians");
            browser.screenshot("tasklist-select-physician");
            new jp.nintei.support.CamundaForms(browser).text("physicianCode", "NO-SUCH");
            browser.click(By.xpath("//button[normalize-space(.)='Complete']"));
            assertThat(browser.visible(By.xpath("//*[contains(text(), '登録されていません')]")).getText()).contains("NO-SUCH");
            new jp.nintei.support.CamundaForms(browser).text("physicianCode", code);
            browser.click(By.xpath("//button[normalize-space(.)='Complete']"));
            browser.wait.until(d -> requests.latest(caseId).isPresent());
        }
        assertThat(requests.latest(caseId).orElseThrow().getPhysician().getPhysicianCode()).isEqualTo(code);
    }

    @Autowired OpinionRequests requests;

    private static void fillRequired(Browser browser, LocalDate today) {
        date(browser, "writtenDate", today);
        date(browser, "lastExaminationDate", today.minusDays(7));
        radio(browser, "feeCategory", "SUBSEQUENT_HOME");
        radio(browser, "otherDepartmentsVisited", "ABSENT");
        radio(browser, "consent", "AGREE");
        browser.type(By.name("instabilityDetail"), "夜間の不穏が続いている");
        browser.type(By.name("treatmentCourse"), "ドネペジル内服中。");
        radio(browser, "bedriddenLevel", "B1");
        radio(browser, "dementiaLevel", "IIB");
        answerTheRequiredRest(browser);
    }

    /**
     * Chromium's date field follows the machine's locale, not the page's: month/day/year in
     * en-US (headless here), year/month/day in ja-JP, where the year takes up to six digits and
     * has to be left by hand. Month and day move on by themselves.
     */
    private static void date(Browser browser, String name, LocalDate date) {
        WebElement input = browser.visible(By.name(name));
        String monthDay = String.format("%02d%02d", date.getMonthValue(), date.getDayOfMonth());
        input.sendKeys(monthDay + date.getYear());
        if (!date.toString().equals(input.getDomProperty("value"))) {
            input.clear();
            input.sendKeys(String.valueOf(date.getYear()), Keys.ARROW_RIGHT, monthDay);
        }
        assertThat(input.getDomProperty("value")).isEqualTo(date.toString());
    }

    /** The whole page, not just the window: for looking at the form's layout (target/screenshots). */
    private static void fullPage(Browser browser, String name) {
        var shot = ((ChromeDriver) browser.driver).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots", name + ".png"),
                    java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void submit(Browser browser) {
        browser.click(By.cssSelector("button[name=action][value=submit]"));
    }

    private static String fieldError(Browser browser, String field) {
        return browser.visible(By.cssSelector("#f-" + field + " .field-error")).getText();
    }
}
