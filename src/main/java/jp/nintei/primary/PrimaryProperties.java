package jp.nintei.primary;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When staff may key in the result: right away (PT0S, for a stand-alone 認定ソフト without a
 * bridge), or after giving the bridge this long to answer.
 */
@ConfigurationProperties("nintei.primary")
public record PrimaryProperties(Duration manualEntryDelay) {

    public PrimaryProperties {
        manualEntryDelay = manualEntryDelay == null ? Duration.ZERO : manualEntryDelay;
    }
}
