package jp.nintei.caremanager;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import jp.nintei.insured.InsuredPerson;
import jp.nintei.office.OfficeKind;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.support.Browser;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTestDatabase;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * A care manager in headless Chromium on PostgreSQL: logs in with the office account and a TOTP code, sorts the
 * client list by expected date, opens a client whose physician withheld consent, and logs out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class CareManagerBrowserIT {

    static final String PASSWORD = "browser-pass-2026";

    @LocalServerPort int port;
    @Autowired CareManagerFixtures fixtures;
    @Autowired CareManagerAccounts accounts;
    @Autowired OfficeRegistry offices;
    @Autowired CaseDriver cases;
    @Autowired BusinessClock clock;
    @Autowired SecondFactors secondFactors;

    @Test
    void aCareManagerSortsTheClientListAndOpensAClientWithinTheConsents() {
        String office = TestData.uniqueNumber();
        offices.save(office, "ひまわり居宅介護支援事業所", OfficeKind.CARE_PLAN_OFFICE, "さくら市", null);
        String login = accounts.create(office, "browser." + office, "木村 由美", PASSWORD).getLoginId();
        var me = new CareManagerPrincipal(0, login, "木村 由美", office, "ひまわり居宅介護支援事業所");
        String secret = secondFactors.enrol("care-manager", login);
        InsuredPerson waiting = fixtures.person();
        InsuredPerson decided = fixtures.person();
        InsuredPerson withheld = fixtures.person();
        String waitingCase = fixtures.application(waiting, true);
        cases.confirmIntake(waitingCase);
        String decidedCase = fixtures.notifiedCase(decided, true, false);
        fixtures.application(withheld, false);
        for (InsuredPerson p : List.of(waiting, decided, withheld)) {
            fixtures.activeNotification(me, p);
        }

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/care-manager");
            browser.type(By.id("username"), login);
            browser.type(By.id("password"), PASSWORD);
            browser.click(By.cssSelector("button[type=submit]"));
            browser.wait.until(d -> d.getCurrentUrl().contains("/care-manager/login/second-factor"));
            browser.type(By.id("code"), secondFactors.nextCode("care-manager", login, secret));
            browser.click(By.cssSelector("button[type=submit]"));
            browser.visible(By.id("client-cases"));
            // Back to the page first asked for (the saved request adds ?continue).
            assertThat(browser.driver.getCurrentUrl()).matches(".*/care-manager(\\?continue)?");
            assertThat(firstColumn(browser)).first().isEqualTo(waiting.getInsuredNumber());
            assertThat(row(browser, waitingCase)).contains("訪問調査・主治医意見書", "調査と意見書がそろう目安");
            assertThat(browser.driver.findElement(By.id("client-cases")).getText()).contains("同意していない");
            browser.screenshot("care-manager-list");

            browser.click(By.id("sort-expected"));
            browser.wait.until(d -> d.getCurrentUrl().contains("dir=desc"));
            assertThat(browser.visible(By.cssSelector("th[aria-sort=descending]")).getText()).contains("次の目安日");
            browser.click(By.id("sort-name"));
            browser.wait.until(d -> d.getCurrentUrl().contains("sort=name"));

            browser.click(By.linkText(decided.getInsuredNumber()));
            WebElement section = browser.visible(By.cssSelector("section.case[data-case='" + decidedCase + "']"));
            assertThat(section.getText()).contains("結果通知", "認定調査", "要介護2", "主治医が意見書の提供に同意していない");
            assertThat(section.findElements(By.cssSelector(".section-opinion"))).isEmpty();
            assertThat(section.findElements(By.cssSelector("ol.timeline li")).size()).isGreaterThan(4);
            browser.screenshot("care-manager-client");

            browser.click(By.xpath("//button[normalize-space(.)='ログアウト']"));
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/care-manager/login?logout"));
            browser.open("/care-manager/clients/" + decided.getInsuredNumber());
            assertThat(browser.driver.getCurrentUrl()).endsWith("/care-manager/login");
        }
    }

    private static List<String> firstColumn(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#client-cases tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    private static String row(Browser browser, String caseId) {
        return browser.driver.findElement(By.cssSelector("#client-cases tr[data-case='" + caseId + "']")).getText();
    }
}
