package jp.nintei.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import jp.nintei.application.ApplicationState;
import jp.nintei.application.CertificationApplicationRepository;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.opinion.OpinionService;
import jp.nintei.opinion.OpinionTestData;
import jp.nintei.opinion.registry.Physician;
import jp.nintei.outbox.OutboxDispatcher;
import jp.nintei.security.Roles;
import jp.nintei.survey.SurveyCatalog;
import jp.nintei.survey.SurveyService;
import jp.nintei.support.Browser;
import jp.nintei.support.CamundaForms;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.EngineClockExtension;
import jp.nintei.support.PostgresTestDatabase;
import jp.nintei.support.RecordingMailTransport;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * One case from the counter to the care manager, driven in headless Chromium by the people who
 * do each step, on PostgreSQL through the real servlet container:
 * <ol>
 * <li>a clerk files the application with the Tasklist start form of 要介護認定, confirms it
 * (申請内容確認), assigns the surveyor (調査員の割当) and chooses the physician (依頼先の選択);</li>
 * <li>the surveyor opens the survey from Tasklist and enters every page of the 認定調査票;</li>
 * <li>the physician follows the link from the request mail and submits the 主治医意見書 in the portal;
 * the clerk accepts it (意見書の確認).</li>
 * </ol>
 * The pgtest profile keeps the job executor off (all ITs share one database and run jobs
 * themselves), so this test plays the job executor for its own case: when an asynchronous step's
 * job appears (bounded wait, no fixed sleeps) it executes it through {@link ManagementService},
 * and it delivers the outbox with {@link OutboxDispatcher#runOnce()}. Every user step goes
 * through a page or a Tasklist form. On failure each open browser leaves a screenshot and the
 * page source in target/screenshots/full-case-*.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@ExtendWith(EngineClockExtension.class)
class FullCaseBrowserIT {

    private static final Pattern PHYSICIAN_LINK = Pattern.compile("/physician/opinion/([A-Za-z0-9_-]{43})");
    private static final Duration ENGINE_WAIT = Duration.ofSeconds(20);
    private static final Duration TASKLIST_WAIT = Duration.ofSeconds(90);
    private static final String TASKLIST = "/camunda/app/tasklist/default/";

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired CaseDriver cases;
    @Autowired SecondFactors secondFactors;
    @Autowired BusinessClock clock;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired CertificationApplicationRepository applications;
    @Autowired InsuredPersonRepository persons;
    @Autowired OpinionTestData opinionData;
    @Autowired OpinionService opinions;
    @Autowired SurveyCatalog catalog;
    @Autowired SurveyService surveys;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired RecordingMailTransport mails;

    private final List<Browser> open = new ArrayList<>();

    /** Delivers what the case queued (mail to members, notices), so other tests find an empty outbox. */
    @AfterEach
    void deliverQueuedMail() {
        while (dispatcher.runOnce() > 0) {
            // until nothing is due
        }
    }

    @Test
    void oneCaseFromTheCounterToTheCareManager() throws Throwable {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        person.updateContact("100-0001", "テスト市本町1-1", "03-0000-0000");
        persons.save(person);
        String clerkId = data.user("e2e.clerk", Roles.STAFF);
        String surveyorId = cases.surveyor("e2e.surveyor");
        Physician physician = opinionData.physician(true, "通し 医師");

        try {
            Browser clerk = browser();
            secondFactors.login(clerk, clerkId, TestData.PASSWORD);
            String caseId = fileApplication(clerk, person, today);
            confirmIntake(clerk, caseId);
            assignSurveyor(clerk, caseId, surveyorId);
            selectPhysician(clerk, caseId, physician.getPhysicianCode());

            enterSurvey(surveyorId, caseId);
            String token = physicianLinkFromMail(caseId, physician.getInstitution().getEmail());
            writeOpinion(token, caseId, today);
            acceptOpinion(clerk, caseId);
        } catch (Throwable t) {
            for (int i = 0; i < open.size(); i++) {
                open.get(i).screenshot("full-case-failure-" + i);
            }
            throw t;
        } finally {
            open.forEach(Browser::close);
        }
    }

    // --- 1. Intake in Tasklist -------------------------------------------------------------

    private String fileApplication(Browser clerk, InsuredPerson person, LocalDate received) {
        clerk.open(TASKLIST);
        tasklistWait(clerk).until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Start process"))).click();
        clerk.click(By.partialLinkText("要介護認定"));
        var form = new CamundaForms(clerk);
        form.text("insuredNumber", person.getInsuredNumber());
        form.select("applicationType", "新規");
        form.date("receivedDate", received);
        form.select("applicantKind", "本人");
        form.check("consentToShare");
        clerk.click(By.cssSelector(".modal-footer button.btn-primary"));
        clerk.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
        return await(() -> applications.findAll().stream()
                .filter(a -> a.getInsuredPerson().getId().equals(person.getId()))
                .map(a -> a.getCaseId()).findFirst().orElse(null));
    }

    private void confirmIntake(Browser clerk, String caseId) {
        openTask(clerk, caseId, "申請内容確認");
        new CamundaForms(clerk).radio("受理する");
        complete(clerk);
        awaitTask(caseId, "Task_AssignSurveyor");
        assertThat(applications.findById(caseId).orElseThrow().getState()).isEqualTo(ApplicationState.IN_REVIEW);
    }

    private void assignSurveyor(Browser clerk, String caseId, String surveyorId) {
        openTask(clerk, caseId, "調査員の割当");
        new CamundaForms(clerk).text("surveyorId", surveyorId);
        complete(clerk);
        awaitTask(caseId, "Task_EnterSurvey");
    }

    private void selectPhysician(Browser clerk, String caseId, String physicianCode) {
        openTask(clerk, caseId, "依頼先の選択");
        new CamundaForms(clerk).text("physicianCode", physicianCode);
        complete(clerk);
        runJob(caseId, "Task_SendRequest");
    }

    // --- 2. Survey in the survey pages -----------------------------------------------------

    private void enterSurvey(String surveyorId, String caseId) {
        Browser surveyor = browser();
        secondFactors.login(surveyor, surveyorId, TestData.PASSWORD);
        surveyor.open(TASKLIST);
        tasklistWait(surveyor).until(ExpectedConditions.elementToBeClickable(By.partialLinkText("自分のタスク"))).click();
        tasklistWait(surveyor).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//li[contains(@class,'task')][.//*[contains(., '" + caseId + "')]]//h4"))).click();
        tasklistWait(surveyor).until(ExpectedConditions.elementToBeClickable(By.partialLinkText("調査票の入力画面を開く")))
                .click();
        if (surveyor.driver.getWindowHandles().size() > 1) {
            surveyor.driver.switchTo().window(surveyor.driver.getWindowHandles().stream().reduce((a, b) -> b).orElseThrow());
        }
        surveyor.wait.until(d -> d.getCurrentUrl().endsWith("/survey/cases/" + caseId + "/entry/overview"));

        LocalDateTime now = LocalDateTime.ofInstant(clock.now(), clock.zone()).truncatedTo(ChronoUnit.MINUTES);
        setValue(surveyor, By.id("surveyedAt"), now.toString());
        surveyor.click(By.cssSelector("input[name=placeKind][value=HOME]"));
        surveyor.click(By.id("service-DAY_SERVICE"));
        surveyor.type(By.name("amount.DAY_SERVICE"), "8");
        surveyor.type(By.id("family"), "長女と同居。日中は独居");
        surveyor.type(By.id("housing"), "持ち家（2階建て）、段差あり");
        next(surveyor, "group-1");
        for (String group : List.of("1", "2", "3", "4", "5")) {
            // Every item with its first choice (ない, できる, 介助されていない …): a survey without warnings.
            for (var item : catalog.group(group).orElseThrow().items()) {
                surveyor.click(By.cssSelector("input[name='item." + item.id() + "'][value='1']"));
            }
            next(surveyor, group.equals("5") ? "medical" : "group-" + (Integer.parseInt(group) + 1));
        }
        surveyor.click(By.cssSelector("input[name=bedriddenLevel][value=J1]"));
        surveyor.click(By.cssSelector("input[name=dementiaLevel][value=I]"));
        next(surveyor, "confirm");
        assertThat(surveyor.visible(By.tagName("main")).getText()).contains("すべての項目が入力されています");
        surveyor.click(By.cssSelector("button[value=submit]"));
        surveyor.wait.until(d -> d.getCurrentUrl().endsWith("/survey/cases/" + caseId));
        assertThat(surveyor.visible(By.cssSelector(".notice")).getText()).contains("調査票を提出しました");
        close(surveyor);
        assertThat(surveys.current(caseId)).isPresent();
        assertThat(cases.task(caseId, "Task_EnterSurvey")).isNull();
    }

    private static void next(Browser browser, String nextSlug) {
        browser.click(By.cssSelector("button[value=next]"));
        browser.wait.until(d -> d.getCurrentUrl().endsWith("/entry/" + nextSlug));
    }

    // --- 3. Opinion in the physician portal --------------------------------------------------

    /** The request mail went to the institution's address; the link in it is the physician's only key. */
    private String physicianLinkFromMail(String caseId, String address) {
        return await(() -> {
            dispatcher.runOnce();
            return mails.to(address).stream().map(m -> PHYSICIAN_LINK.matcher(m.message().text()))
                    .filter(Matcher::find).map(m -> m.group(1)).reduce((a, b) -> b).orElse(null);
        });
    }

    private void writeOpinion(String token, String caseId, LocalDate today) {
        Browser physician = browser();
        physician.open("/physician/opinion/" + token);
        assertThat(physician.visible(By.tagName("h1")).getText()).isEqualTo("主治医意見書の作成");
        assertThat(physician.visible(By.className("patient")).getText()).contains(caseId);
        physician.type(By.name("diagnoses[0].name"), "アルツハイマー型認知症");
        setValue(physician, By.name("writtenDate"), today.toString());
        setValue(physician, By.name("lastExaminationDate"), today.minusDays(7).toString());
        radio(physician, "stability", "STABLE");
        radio(physician, "feeCategory", "SUBSEQUENT_HOME");
        radio(physician, "otherDepartmentsVisited", "ABSENT");
        radio(physician, "consent", "AGREE");
        physician.type(By.name("treatmentCourse"), "ドネペジル内服中。");
        radio(physician, "bedriddenLevel", "A1");
        radio(physician, "dementiaLevel", "IIA");
        radio(physician, "shortTermMemory", "PROBLEM");
        radio(physician, "decisionMaking", "NEEDS_SUPERVISION");
        radio(physician, "communication", "LIMITED");
        radio(physician, "bpsd", "ABSENT");
        radio(physician, "otherPsychiatric", "ABSENT");
        radio(physician, "handedness", "RIGHT");
        radio(physician, "weightChange", "DECREASED");
        radio(physician, "outdoorWalking", "NOT_DONE");
        radio(physician, "wheelchair", "PROPELLED_BY_OTHERS");
        physician.click(By.cssSelector("input[name='walkingAids'][value='NOT_USED']"));
        radio(physician, "eating", "INDEPENDENT");
        radio(physician, "nutrition", "GOOD");
        radio(physician, "outlook", "UNKNOWN");
        radio(physician, "infection", "ABSENT");
        physician.click(By.cssSelector("button[name=action][value=submit]"));
        assertThat(physician.visible(By.tagName("h1")).getText()).isEqualTo("提出済みの主治医意見書");
        assertThat(physician.visible(By.tagName("main")).getText()).contains("意見書を提出しました", "アルツハイマー型認知症");
        close(physician);
        runJob(caseId, "Task_TakeReturn");
    }

    private void acceptOpinion(Browser clerk, String caseId) {
        openTask(clerk, caseId, "意見書の確認");
        new CamundaForms(clerk).radio("受理する");
        complete(clerk);
        await(() -> cases.task(caseId, "Task_CheckOpinion") == null ? Boolean.TRUE : null);
        assertThat(opinions.versions(caseId)).singleElement()
                .satisfies(v -> assertThat(v.physicianName()).isEqualTo("通し 医師"));
    }

    // --- Tasklist --------------------------------------------------------------------------

    /**
     * Opens a task from the list 「すべてのタスク」 by a label on it (case id, 第N回) and its name, and
     * claims it. Tasklist is loaded once per browser and then used as a single-page app: on a busy
     * machine its bundle takes long to start, so its waits are longer than the pages' and the list
     * is refreshed (by choosing the filter again) until the task shows.
     */
    private static void openTask(Browser browser, String label, String taskName) {
        if (!browser.driver.getCurrentUrl().contains(TASKLIST)) {
            browser.open(TASKLIST);
        }
        By filter = By.partialLinkText("すべてのタスク");
        By task = By.xpath("//li[contains(@class,'task')][.//*[contains(., '" + label + "')]][.//h4[contains(., '"
                + taskName + "')]]//h4");
        tasklistWait(browser).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            d.findElement(filter).click();
            return d.findElement(task).isDisplayed() ? Boolean.TRUE : null;
        });
        tasklistWait(browser).until(ExpectedConditions.elementToBeClickable(task)).click();
        tasklistWait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(., 'Claim')]")))
                .click();
        tasklistWait(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//button[normalize-space(.)='Complete']")));
        tasklistWait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    /** Tasklist's footer can cover the button of a long form: bring it into view first. */
    private static void complete(Browser browser) {
        By button = By.xpath("//button[normalize-space(.)='Complete']");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.visible(button));
        browser.click(button);
    }

    private static FluentWait<WebDriver> tasklistWait(Browser browser) {
        return new WebDriverWait(browser.driver, TASKLIST_WAIT).ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class);
    }

    // --- The engine, as the job executor would run it ----------------------------------------

    /** Waits for the job at the activity in any process of the business key (case or session), and runs it. */
    private void runJob(String businessKey, String activityId) {
        Job job = await(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .map(pi -> management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult())
                .filter(Objects::nonNull).findFirst().orElse(null));
        management.executeJob(job.getId());
    }

    private void awaitTask(String businessKey, String taskKey) {
        await(() -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .singleResult());
    }

    /** Polls until the supplier gives a value (bounded, then the test fails with a timeout). */
    private static <T> T await(Supplier<T> value) {
        return new FluentWait<>(value).withTimeout(ENGINE_WAIT).pollingEvery(Duration.ofMillis(100))
                .until(Supplier::get);
    }

    // --- Browsers --------------------------------------------------------------------------

    private Browser browser() {
        Browser browser = new Browser("http://localhost:" + port);
        open.add(browser);
        return browser;
    }

    private void close(Browser browser) {
        open.remove(browser);
        browser.close();
    }

    /** Date and time inputs take the ISO value whatever the locale shows. */
    private static void setValue(Browser browser, By field, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", browser.visible(field), value);
    }

    private static void radio(Browser browser, String name, String value) {
        browser.click(By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']"));
    }
}
