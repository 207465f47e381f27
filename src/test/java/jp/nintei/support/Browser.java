package jp.nintei.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, for browser tests. .ci/run installs the
 * chromium and chromium-driver packages; override the paths with -Dnintei.chromium and
 * -Dnintei.chromedriver. No network: background services are switched off.
 */
public final class Browser implements AutoCloseable {

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.driver = start();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static WebDriver start() {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("nintei.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--lang=ja-JP", "--window-size=1400,1000",
                "--user-data-dir=" + tempDir());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja-JP,ja"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("nintei.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void click(By by) {
        try {
            wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    public void type(By by, String text) {
        WebElement element = visible(by);
        element.clear();
        element.sendKeys(text);
    }

    /** Logs in on the staff login page where no second factor is asked (two-factor login off). */
    public void login(String user, String password) {
        submitPassword(user, password);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * Logs in on the staff login page with password and TOTP code, as an enrolled user does
     * (see support.SecondFactors for enrolling and computing codes); the code is asked for
     * only when the second-factor page is shown.
     */
    public void login(String user, String password, java.util.function.Supplier<String> code) {
        submitPassword(user, password);
        wait.until(d -> d.getCurrentUrl().contains("/login/second-factor"));
        type(By.id("code"), code.get());
        click(By.cssSelector("button[type=submit]"));
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void submitPassword(String user, String password) {
        open("/login");
        type(By.id("username"), user);
        type(By.id("password"), password);
        click(By.cssSelector("button[type=submit]"));
    }

    public void screenshot(String name) {
        try {
            var png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            var dir = java.nio.file.Path.of("target/screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), png);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the test's own failure
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("nintei-chromium").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
