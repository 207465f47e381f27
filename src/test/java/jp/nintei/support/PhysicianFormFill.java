package jp.nintei.support;

import org.openqa.selenium.By;

/** Fills the physician portal's opinion form in a browser, as a physician clicks it. */
public final class PhysicianFormFill {

    private PhysicianFormFill() {
    }

    public static void radio(Browser browser, String name, String value) {
        browser.click(By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']"));
    }

    /**
     * The answers after 自立度 that every complete opinion needs: 認知症の中核症状 through
     * 感染症, for a patient with memory problems who no longer walks outdoors.
     */
    public static void answerTheRequiredRest(Browser browser) {
        radio(browser, "shortTermMemory", "PROBLEM");
        radio(browser, "decisionMaking", "NEEDS_SUPERVISION");
        radio(browser, "communication", "LIMITED");
        radio(browser, "bpsd", "ABSENT");
        radio(browser, "otherPsychiatric", "ABSENT");
        radio(browser, "handedness", "RIGHT");
        radio(browser, "weightChange", "DECREASED");
        radio(browser, "outdoorWalking", "NOT_DONE");
        radio(browser, "wheelchair", "PROPELLED_BY_OTHERS");
        browser.click(By.cssSelector("input[name='walkingAids'][value='NOT_USED']"));
        radio(browser, "eating", "INDEPENDENT");
        radio(browser, "nutrition", "GOOD");
        radio(browser, "outlook", "UNKNOWN");
        radio(browser, "infection", "ABSENT");
    }
}
