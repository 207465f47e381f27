package jp.nintei.security.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import jp.nintei.security.Roles;
import jp.nintei.support.Browser;
import jp.nintei.support.PostgresTestDatabase;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * A clerk in headless Chromium asks for Tasklist, gives the password, scans the enrolment QR
 * code (the test reads it from the page as a phone would and computes the code from its
 * secret), keeps the recovery codes, lands in Tasklist; later logs in with password and code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class SecondFactorBrowserIT {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired BusinessClock clock;
    @Autowired SecondFactors secondFactors;

    @Test
    void aClerkEnrolsByQrCodeAndLogsIntoTasklistWithPasswordAndCode() throws Exception {
        String clerk = data.user("browser.totp", Roles.STAFF);
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open(TASKLIST);
            password(browser, clerk);
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/login/second-factor/enrol"));

            String src = browser.visible(By.cssSelector("img.qr")).getAttribute("src");
            String uri = QrCodeTest.decode(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)));
            String secret = query(uri, "secret");
            assertThat(uri).startsWith("otpauth://totp/Nintei:browser.totp?");
            assertThat(browser.visible(By.id("secret")).getText().replace(" ", "")).isEqualTo(secret);
            browser.screenshot("two-factor-enrol");

            browser.type(By.id("code"), "000000".equals(code(secret)) ? "111111" : "000000");
            browser.click(By.cssSelector("main button[type=submit]"));
            assertThat(browser.visible(By.cssSelector("p.error")).getText()).contains("確認コードが正しくありません");
            browser.type(By.id("code"), code(secret));
            browser.click(By.cssSelector("main button[type=submit]"));

            var codes = browser.visible(By.id("recovery-codes")).findElements(By.tagName("li"));
            assertThat(codes).hasSize(10);
            browser.screenshot("two-factor-recovery-codes");
            browser.click(By.id("continue"));
            browser.visible(By.partialLinkText("Start process"));
            assertThat(browser.driver.getCurrentUrl()).contains(TASKLIST);

            browser.click(By.cssSelector(".account .dropdown-toggle"));
            browser.click(By.partialLinkText("Log out"));
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/login?logout"));

            browser.open(TASKLIST);
            password(browser, clerk);
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/login/second-factor"));
            browser.screenshot("two-factor-code");
            browser.type(By.id("code"), secondFactors.nextCode(clerk, secret));
            browser.click(By.cssSelector("main button[type=submit]"));
            browser.visible(By.partialLinkText("Start process"));
            assertThat(browser.driver.getCurrentUrl()).contains(TASKLIST);
        }
    }

    private static void password(Browser browser, String user) {
        browser.wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        browser.type(By.id("username"), user);
        browser.type(By.id("password"), TestData.PASSWORD);
        browser.click(By.cssSelector("main button[type=submit]"));
    }

    private String code(String secret) {
        return Totp.code(secret, Totp.step(clock.now()));
    }

    private static String query(String uri, String name) {
        for (String pair : URI.create(uri).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " missing in " + uri);
    }
}
