package jp.nintei.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.jayway.jsonpath.JsonPath;

import jp.nintei.application.ApplicationType;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.support.Browser;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.PostgresTestDatabase;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * The portal obtains a link over real HTTP, the resident opens it in headless Chromium and sees
 * the timeline; the link works once. On PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class ResidentPageBrowserIT {

    @LocalServerPort int port;
    @Autowired ResidentClients clients;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired BusinessClock clock;

    @Test
    void theResidentFollowsThePortalsLinkAndSeesTheirCaseAsATimeline() throws Exception {
        String clientId = "browser-portal-" + TestData.uniqueNumber();
        String secret = clients.register(clientId, "ブラウザ試験ポータル").secret();
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        String caseId = cases.receive(person, ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId);

        String url = pageLink(clientId, secret, person.getInsuredNumber());
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.driver.get(url);
            var section = browser.visible(By.cssSelector("section.case[data-case='" + caseId + "']"));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/resident").doesNotContain("token");
            assertThat(section.getText()).contains("審査会の準備", "介護認定審査会で審査します", "審査会の予定",
                    "これまでの経過", "申請受付", "訪問調査・主治医意見書");
            assertThat(section.findElements(By.cssSelector("ol.timeline li")).size()).isGreaterThanOrEqualTo(3);
            browser.screenshot("resident-timeline");

            browser.click(By.xpath("//button[normalize-space(.)='終了する']"));
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/resident/signed-out"));
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("終了しました");
            browser.driver.get(url);
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("このリンクは使えません");
            browser.open("/resident");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/resident/signed-out?expired");
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("もう一度開いてください");
        }
    }

    private String pageLink(String clientId, String secret, String insuredNumber) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/resident-api/v1/page-links"))
                .header("Authorization", "Basic " + basic)
                .header("X-Insured-Number", insuredNumber)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.url");
    }
}
