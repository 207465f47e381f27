package jp.nintei.e2e;

import static jp.nintei.support.PhysicianFormFill.answerTheRequiredRest;
import static jp.nintei.support.PhysicianFormFill.radio;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.jayway.jsonpath.JsonPath;

import jp.nintei.application.ApplicationState;
import jp.nintei.application.CertificationApplicationRepository;
import jp.nintei.board.Allocations;
import jp.nintei.board.BoardPanel;
import jp.nintei.board.BoardSessions;
import jp.nintei.board.SessionState;
import jp.nintei.board.member.BoardMember;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.caremanager.CareManagerAccounts;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.notification.LetterheadRequest;
import jp.nintei.notification.Letterheads;
import jp.nintei.office.OfficeKind;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.opinion.OpinionService;
import jp.nintei.opinion.OpinionTestData;
import jp.nintei.opinion.registry.Physician;
import jp.nintei.outbox.OutboxDispatcher;
import jp.nintei.primary.CareTime;
import jp.nintei.primary.PrimaryDeterminationService;
import jp.nintei.primary.PrimaryFixtures;
import jp.nintei.primary.PrimaryResultInput;
import jp.nintei.primary.PrimaryResultValidator.Basis;
import jp.nintei.resident.ResidentClients;
import jp.nintei.security.Roles;
import jp.nintei.survey.SurveyCatalog;
import jp.nintei.survey.SurveyService;
import jp.nintei.support.BoardDriver;
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
 * the clerk accepts it (意見書の確認);</li>
 * <li>the clerk keys in the 認定ソフト result (一次判定結果の入力);</li>
 * <li>the secretariat registers a session on its page, reviews the masking, allocates the case,
 * fixes the allocation; a member logs in to the board portal (password and code) and downloads
 * their copy, a PDF naming the case but not the person; on the session day (the engine clock is
 * moved there) the secretariat records the attendance and the 二次判定 and closes the session;</li>
 * <li>the decision is made; the clerk approves the 認定結果通知書 and sees the case 通知済;</li>
 * <li>a care-plan office files its 居宅サービス計画作成依頼届出 in the care-manager portal and finds
 * the decided case in its list and on the client's page; a residents' portal reads the case over
 * the resident API and the resident opens the one-time link to their page.</li>
 * </ol>
 * Staff log in with password and TOTP code. Set-up that is an administrator's job elsewhere is
 * done through services: users, the physician register, the panel's members, the care-plan
 * office's account, the residents' portal client, the letterhead.
 * <p>
 * The pgtest profile keeps the job executor off (all ITs share one database and run jobs
 * themselves), so this test plays the job executor for its own case: when an asynchronous step's
 * job appears (bounded wait, no fixed sleeps) it executes it through {@link ManagementService};
 * mail goes out through {@link OutboxDispatcher#runOnce()}. Every user step goes through a page
 * or a Tasklist form; no task is completed through the engine API. On failure each open browser
 * leaves a screenshot and the page source in target/screenshots/full-case-failure-*.
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

    @Autowired PrimaryDeterminationService primary;
    @Autowired BoardDriver board;
    @Autowired BoardSessions sessions;
    @Autowired Allocations allocations;
    @Autowired Letterheads letterheads;
    @Autowired OfficeRegistry offices;
    @Autowired CareManagerAccounts careManagers;
    @Autowired ResidentClients residentClients;

    private static final String CARE_MANAGER_PASSWORD = "e2e-care-manager-2026";

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
        String secretariatId = data.user("e2e.secretariat", Roles.BOARD_SECRETARIAT);
        data.insurer();
        letterheads.save(TestData.INSURER_NUMBER, new LetterheadRequest("テスト市長　試験 一郎", "健康福祉部 介護保険課 認定係",
                "100-0001", "テスト市役所1-1-1", "03-1234-5678", "テ介", "東京都介護保険審査会", "テスト市", "テスト市長"));

        lapStart = System.nanoTime();
        try {
            Browser clerk = browser();
            secondFactors.login(clerk, clerkId, TestData.PASSWORD);
            String caseId = fileApplication(clerk, person, today);
            confirmIntake(clerk, caseId);
            assignSurveyor(clerk, caseId, surveyorId);
            selectPhysician(clerk, caseId, physician.getPhysicianCode());
            lap("intake in Tasklist");

            enterSurvey(surveyorId, caseId);
            lap("survey pages");
            String token = physicianLinkFromMail(caseId, physician.getInstitution().getEmail());
            writeOpinion(token, caseId, today);
            acceptOpinion(clerk, caseId);
            lap("physician portal and check");

            keyInPrimaryResult(clerk, caseId);
            lap("primary result");
            Browser secretariat = browser();
            secondFactors.login(secretariat, secretariatId, TestData.PASSWORD);
            BoardPanel panel = board.panel("通し合議体" + TestData.uniqueNumber());
            LocalDate sessionDate = today.plusDays(8);
            Long sessionId = scheduleSession(secretariat, panel, sessionDate);
            reviewMaskingAndAllocate(secretariat, caseId, sessionId);
            fixAllocation(secretariat, sessionId);
            downloadMemberPacket(panel.members().get(2), sessionId, caseId, person);
            lap("session, masking, allocation, fixing, member packet");

            // The day of the session.
            ClockUtil.setCurrentTime(Date.from(sessionDate.atTime(13, 0).atZone(clock.zone()).toInstant()));
            recordAttendance(secretariat, sessionId, panel);
            recordBoardResult(secretariat, caseId);
            closeSession(secretariat, sessionId);
            close(secretariat);
            lap("attendance, secondary result, closing");
            runJob(caseId, "Task_RecordDecision");
            approveNotice(clerk, caseId);
            lap("decision and notice");

            careManagerSeesTheDecision(person, caseId);
            residentSeesTheDecision(person, caseId);
            lap("care manager and resident");
        } catch (Throwable t) {
            for (int i = 0; i < open.size(); i++) {
                open.get(i).screenshot("full-case-failure-" + i);
            }
            throw t;
        } finally {
            open.forEach(Browser::close);
            // A figure for whoever tunes the suite, not an assertion.
            System.out.println("FullCaseBrowserIT stages (ms):" + laps);
        }
    }

    private final StringBuilder laps = new StringBuilder();
    private long lapStart = System.nanoTime();

    private void lap(String stage) {
        long now = System.nanoTime();
        laps.append(System.lineSeparator()).append("  ").append(stage).append(": ").append((now - lapStart) / 1_000_000);
        lapStart = now;
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
        answerTheRequiredRest(physician);
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

    // --- 4. Primary result keyed in by staff --------------------------------------------------

    private void keyInPrimaryResult(Browser clerk, String caseId) {
        runJob(caseId, "Task_PrepareSoftwareInput");
        runJob(caseId, "Timer_ManualEntryAvailable");
        // The 認定ソフト printout the clerk copies: a result consistent with 要介護2 for this survey and opinion.
        Basis basis = primary.basis(caseId);
        PrimaryResultInput printed = PrimaryFixtures.consistent(CareLevel.CARE_2, basis);
        openTask(clerk, caseId, "一次判定結果の入力");
        var form = new CamundaForms(clerk);
        for (CareTime t : CareTime.values()) {
            form.text("time" + Character.toUpperCase(t.key().charAt(0)) + t.key().substring(1),
                    printed.times().get(t.key()).toPlainString());
        }
        form.text("standardTimeMinutes", printed.totalMinutes().toPlainString());
        printed.groupScores().forEach((g, score) -> form.text("groupScore" + g, score.toPlainString()));
        form.text("warningCodes", "A3");
        select(clerk, "resultSurveyBedridden", basis.surveyBedridden().label());
        select(clerk, "resultSurveyDementia", basis.surveyDementia().label());
        select(clerk, "resultOpinionBedridden", basis.opinionBedridden().label());
        select(clerk, "resultOpinionDementia", basis.opinionDementia().label());
        select(clerk, "primaryCareLevel", "要介護2");
        complete(clerk);
        assertThat(await(() -> primary.of(caseId).orElse(null)).getCareLevel()).isEqualTo(CareLevel.CARE_2);
    }

    // --- 5. The board: secretariat, member, session day ------------------------------------------

    /** The secretariat registers a session of the panel on the overview page. */
    private Long scheduleSession(Browser secretariat, BoardPanel panel, LocalDate date) {
        secretariat.open("/secretariat/board");
        new Select(secretariat.visible(By.id("panelId"))).selectByValue(panel.getId().toString());
        setValue(secretariat, By.id("sessionDate"), date.toString());
        setValue(secretariat, By.id("startTime"), "13:30");
        secretariat.type(By.id("place"), "テスト庁舎 第2会議室");
        secretariat.click(By.xpath("//button[normalize-space(.)='登録する']"));
        secretariat.wait.until(ExpectedConditions.urlMatches("/secretariat/board/sessions/\\d+$"));
        String url = secretariat.driver.getCurrentUrl();
        return Long.valueOf(url.substring(url.lastIndexOf('/') + 1));
    }

    private void reviewMaskingAndAllocate(Browser secretariat, String caseId, Long sessionId) {
        openTask(secretariat, caseId, "マスキング確認");
        complete(secretariat);
        awaitTask(caseId, "Task_AllocateSession");
        openTask(secretariat, caseId, "審査会への割付");
        By advice = By.xpath("//div[contains(@class,'fjs-form-field-text')][contains(., '決定期限')]");
        // Claiming computes the proposal again; the form lists the session once it has.
        tasklistWait(secretariat).until(d -> d.findElement(advice).getText().contains("No." + sessionId));
        new CamundaForms(secretariat).text("sessionNumber", sessionId.toString());
        complete(secretariat);
        assertThat(await(() -> allocations.of(caseId).orElse(null)).getSession().getId()).isEqualTo(sessionId);
    }

    private void fixAllocation(Browser secretariat, Long sessionId) {
        openTask(secretariat, "第" + sessionId + "回", "割付の確定");
        new CamundaForms(secretariat).check("allocationConfirmed");
        complete(secretariat);
        await(() -> sessions.get(sessionId).getState() == SessionState.FIXED ? Boolean.TRUE : null);
        // The packets and the members' notices, as the job executor would run them.
        board.runJobs(sessionId);
    }

    /** A member logs in to the portal with password and code and downloads their (masked) copy. */
    private void downloadMemberPacket(BoardMember member, Long sessionId, String caseId, InsuredPerson person)
            throws Exception {
        String secret = secondFactors.enrol("board", member.getLoginId());
        Browser portal = browser();
        portal.open("/board/login");
        portal.type(By.id("username"), member.getLoginId());
        portal.type(By.id("password"), BoardDriver.PASSWORD);
        portal.click(By.cssSelector("button[type=submit]"));
        portal.wait.until(d -> d.getCurrentUrl().contains("/board/login/second-factor"));
        portal.type(By.id("code"), secondFactors.nextCode("board", member.getLoginId(), secret));
        portal.click(By.cssSelector("button[type=submit]"));
        portal.wait.until(d -> d.getCurrentUrl().contains("/board/") && !d.getCurrentUrl().contains("/login"));
        portal.click(By.linkText("第" + sessionId + "回"));
        assertThat(portal.visible(By.tagName("main")).getText()).contains("審査会資料（委員用）", "1 件");
        String href = portal.visible(By.id("download")).getDomAttribute("href");
        var response = get(portal, href);
        close(portal);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).as("the member's copy names the case, not the person").contains(caseId)
                    .doesNotContain(person.getInsuredNumber());
        }
    }

    private void recordAttendance(Browser secretariat, Long sessionId, BoardPanel panel) {
        openTask(secretariat, "第" + sessionId + "回", "出欠の記録（開会）");
        secretariat.visible(By.xpath("//label[contains(., '" + panel.members().get(0).getName() + "')]"));
        var form = new CamundaForms(secretariat);
        for (int seat = 1; seat <= panel.members().size(); seat++) {
            form.check("seat" + seat + "Present");
        }
        complete(secretariat);
        await(() -> sessions.get(sessionId).getState() == SessionState.OPEN ? Boolean.TRUE : null);
    }

    private void recordBoardResult(Browser secretariat, String caseId) {
        awaitTask(caseId, "Task_RecordBoardResult");
        openTask(secretariat, caseId, "二次判定結果の記録");
        select(secretariat, "boardCareLevel", "要介護2");
        new CamundaForms(secretariat).text("boardOpinion", "通所リハビリテーションの利用が望ましい");
        complete(secretariat);
        await(() -> cases.task(caseId, "Task_RecordBoardResult") == null ? Boolean.TRUE : null);
    }

    private void closeSession(Browser secretariat, Long sessionId) {
        openTask(secretariat, "第" + sessionId + "回", "審査会の終了");
        new CamundaForms(secretariat).check("sessionClosed");
        complete(secretariat);
        await(() -> sessions.get(sessionId).getState() == SessionState.CLOSED ? Boolean.TRUE : null);
    }

    // --- 6. Decision and notice ---------------------------------------------------------------

    private void approveNotice(Browser clerk, String caseId) {
        runJob(caseId, "Task_DraftDecisionNotice");
        openTask(clerk, caseId, "認定結果通知書の承認");
        assertThat(clerk.visible(By.cssSelector(".fjs-form")).getText()).contains("要介護2", "通所リハビリテーションの利用が望ましい");
        new CamundaForms(clerk).radio("承認して発行する");
        complete(clerk);
        runJob(caseId, "Task_IssueDecisionNotice");
        assertThat(applications.findById(caseId).orElseThrow().getState()).isEqualTo(ApplicationState.NOTIFIED);
        clerk.open("/staff/cases/" + caseId);
        assertThat(clerk.visible(By.tagName("main")).getText()).contains(caseId, "通知済");
    }

    // --- 7. Care manager and resident ---------------------------------------------------------

    /** The care-plan office files its 居宅サービス計画作成依頼届出 in the portal and finds the decided case. */
    private void careManagerSeesTheDecision(InsuredPerson person, String caseId) {
        String office = TestData.uniqueNumber();
        offices.save(office, "通し居宅介護支援事業所", OfficeKind.CARE_PLAN_OFFICE, "テスト市", null);
        String login = careManagers.create(office, "e2e." + office, "木村 由美", CARE_MANAGER_PASSWORD).getLoginId();
        String secret = secondFactors.enrol("care-manager", login);
        Browser cm = browser();
        cm.open("/care-manager");
        cm.type(By.id("username"), login);
        cm.type(By.id("password"), CARE_MANAGER_PASSWORD);
        cm.click(By.cssSelector("button[type=submit]"));
        // Office accounts log in with a TOTP code too.
        cm.wait.until(d -> d.getCurrentUrl().contains("/care-manager/login/second-factor"));
        cm.type(By.id("code"), secondFactors.nextCode("care-manager", login, secret));
        cm.click(By.cssSelector("button[type=submit]"));
        // No client yet: the list says so and asks for the 届出.
        assertThat(cm.visible(By.tagName("main")).getText()).contains("届出が有効な利用者はいません");
        cm.open("/care-manager/notifications");
        cm.type(By.id("insuredNumber"), person.getInsuredNumber());
        setValue(cm, By.id("birthDate"), person.getBirthDate().toString());
        setValue(cm, By.id("startDate"), clock.today().toString());
        cm.click(By.xpath("//button[normalize-space(.)='届出を提出する']"));
        assertThat(cm.visible(By.cssSelector(".notice")).getText()).contains("居宅サービス計画作成依頼届出を提出しました");

        cm.open("/care-manager");
        assertThat(cm.visible(By.cssSelector("#client-cases tr[data-case='" + caseId + "']")).getText()).contains("結果通知");
        cm.click(By.linkText(person.getInsuredNumber()));
        String section = cm.visible(By.cssSelector("section.case[data-case='" + caseId + "']")).getText();
        assertThat(section).contains("結果通知", "要介護2");
        close(cm);
    }

    /** The residents' portal obtains a one-time link and the case over the API; the resident opens the page. */
    private void residentSeesTheDecision(InsuredPerson person, String caseId) throws Exception {
        String clientId = "e2e-portal-" + TestData.uniqueNumber();
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (clientId + ":" + residentClients.register(clientId, "通し試験ポータル").secret()).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        var detail = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/resident-api/v1/cases/" + caseId))
                .header("Authorization", basic).header("X-Insured-Number", person.getInsuredNumber()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(detail.body(), "$.status.state")).isEqualTo("NOTIFIED");
        assertThat((String) JsonPath.read(detail.body(), "$.decision.careLevel")).isEqualTo("CARE_2");

        var link = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/resident-api/v1/page-links"))
                .header("Authorization", basic).header("X-Insured-Number", person.getInsuredNumber())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(link.statusCode()).isEqualTo(200);
        Browser resident = browser();
        resident.driver.get(JsonPath.read(link.body(), "$.url"));
        String section = resident.visible(By.cssSelector("section.case[data-case='" + caseId + "']")).getText();
        assertThat(section).contains("結果通知", "要介護2", "これまでの経過");
        close(resident);
    }

    /** GETs a link with the browser's session cookie, as the browser's download would. */
    private HttpResponse<byte[]> get(Browser browser, String path) throws Exception {
        String cookie = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** form-js dropdowns at the bottom of a long form: bring them to the middle first. */
    private static void select(Browser browser, String key, String label) {
        ((JavascriptExecutor) browser.driver).executeScript("document.querySelector(\"[id$='-Field_" + key
                + "']\").closest('.fjs-form-field').scrollIntoView({block: 'center'});");
        new CamundaForms(browser).select(key, label);
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
        By claim = By.xpath("//button[normalize-space(.)='Claim']");
        // Every step is repeated until its effect shows: the list re-renders under our hands.
        tasklistWait(browser).until(d -> {
            d.findElement(filter).click();
            return d.findElement(task).isDisplayed() ? Boolean.TRUE : null;
        });
        tasklistWait(browser).until(d -> {
            d.findElement(task).click();
            return d.findElements(claim).stream().anyMatch(WebElement::isDisplayed) ? Boolean.TRUE : null;
        });
        tasklistWait(browser).until(d -> {
            List<WebElement> buttons = d.findElements(claim);
            if (buttons.isEmpty()) {
                return Boolean.TRUE;
            }
            buttons.get(0).click();
            return null;
        });
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
        return new WebDriverWait(browser.driver, TASKLIST_WAIT, Duration.ofSeconds(1)).ignoring(NoSuchElementException.class)
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

}
