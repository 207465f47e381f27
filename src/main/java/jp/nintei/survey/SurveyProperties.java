package jp.nintei.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Survey deadlines. The reference target is a visit within 7 days of the request (DESIGN.md §3.2);
 * the surveyor is reminded {@code reminderDaysBefore} days before the due date, and the survey
 * goes to the supervisors once the due date has passed.
 */
@ConfigurationProperties("nintei.survey")
public record SurveyProperties(Integer dueDays, Integer reminderDaysBefore) {

    public SurveyProperties {
        dueDays = dueDays == null ? 7 : dueDays;
        reminderDaysBefore = reminderDaysBefore == null ? 2 : reminderDaysBefore;
        if (dueDays < 1 || reminderDaysBefore < 0) {
            throw new IllegalArgumentException("nintei.survey.due-days must be ≥ 1 and reminder-days-before ≥ 0");
        }
    }
}
