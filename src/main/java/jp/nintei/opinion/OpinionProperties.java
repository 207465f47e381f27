package jp.nintei.opinion;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the opinion round trip ({@code nintei.opinion.*}); every one has a default.
 *
 * @param portalBaseUrl   how physicians reach this platform, e.g. https://nintei.city.example.jp
 *                        (default http://localhost:&lt;server.port&gt;)
 * @param linkValidity    how long a link works after it is issued (or after a send-back)
 * @param dueDays         提出期限: days after the request (reference target 13 days)
 * @param reminderDays    督促 on these days after the request (or the send-back), ascending;
 *                        after the last one staff call or fax
 * @param reminderTime    time of day reminders go out
 * @param followUpDays    default days until staff call again after a call
 * @param maxLinkFailures wrong/expired link look-ups one client may make per {@code failureWindow}
 * @param failureWindow   the rate limit's window
 * @param senderSection   the section that signs letters (under the insurer's name)
 * @param senderPhone     its phone number on letters and pages
 */
@ConfigurationProperties("nintei.opinion")
public record OpinionProperties(String portalBaseUrl, Duration linkValidity, Integer dueDays, List<Integer> reminderDays,
        LocalTime reminderTime, Integer followUpDays, Integer maxLinkFailures, Duration failureWindow,
        String senderSection, String senderPhone) {

    public OpinionProperties {
        linkValidity = linkValidity == null ? Duration.ofDays(30) : linkValidity;
        dueDays = dueDays == null ? 13 : dueDays;
        reminderDays = reminderDays == null ? List.of(10, 14) : List.copyOf(reminderDays);
        reminderTime = reminderTime == null ? LocalTime.of(9, 0) : reminderTime;
        followUpDays = followUpDays == null ? 7 : followUpDays;
        maxLinkFailures = maxLinkFailures == null ? 20 : maxLinkFailures;
        failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
        senderSection = senderSection == null ? "介護保険担当" : senderSection;
        if (reminderDays.isEmpty()) {
            throw new IllegalArgumentException("nintei.opinion.reminder-days needs at least one day");
        }
        for (int i = 0; i < reminderDays.size(); i++) {
            if (reminderDays.get(i) < 1 || i > 0 && reminderDays.get(i) <= reminderDays.get(i - 1)) {
                throw new IllegalArgumentException("nintei.opinion.reminder-days must be ascending days ≥ 1: " + reminderDays);
            }
        }
        if (linkValidity.isNegative() || linkValidity.isZero()) {
            throw new IllegalArgumentException("nintei.opinion.link-validity must be positive");
        }
    }
}
