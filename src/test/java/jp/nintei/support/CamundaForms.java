package jp.nintei.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Fills Camunda Forms (form-js) in Tasklist by the field ids of our .form files. */
public final class CamundaForms {

    private final Browser browser;

    public CamundaForms(Browser browser) {
        this.browser = browser;
    }

    public void text(String key, String value) {
        browser.type(field(key), value);
    }

    /** form-js selects are a hidden input plus a dropdown list of labels. */
    public void select(String key, String label) {
        browser.click(By.xpath("//input[substring(@id, string-length(@id) - string-length('-Field_" + key
                + "') + 1) = '-Field_" + key + "']/ancestor::div[contains(@class,'fjs-form-field-select')]"
                + "//div[contains(@class,'fjs-input-group')]"));
        browser.click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + label + "']"));
    }

    /** Date fields are flatpickr inputs whose format follows the browser locale (placeholder tells). */
    public void date(String key, LocalDate date) {
        WebElement input = browser.visible(By.cssSelector("[id$='-Field_" + key + "-date']"));
        String placeholder = input.getDomAttribute("placeholder");
        String pattern = placeholder != null && placeholder.startsWith("yyyy") ? "yyyy/MM/dd" : "MM/dd/yyyy";
        input.clear();
        input.sendKeys(date.format(DateTimeFormatter.ofPattern(pattern)), Keys.ENTER);
    }

    public void check(String key) {
        WebElement box = browser.visible(field(key));
        if (!box.isSelected()) {
            box.click();
        }
    }

    public void radio(String label) {
        browser.click(By.xpath("//label[contains(@class,'fjs-form-field-label') and normalize-space(.)='" + label + "']"));
    }

    private static By field(String key) {
        return By.cssSelector("[id$='-Field_" + key + "']");
    }
}
