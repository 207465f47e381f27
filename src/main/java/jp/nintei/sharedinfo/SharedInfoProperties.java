package jp.nintei.sharedinfo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhook settings. {@code webhookKey} (Base64, 32 bytes) encrypts the subscribers' signing
 * secrets at rest; without it no subscriber can be registered and deliveries fail into the
 * dead letters. Production sets it from the environment (NINTEI_WEBHOOK_KEY).
 */
@ConfigurationProperties("nintei.sharedinfo")
public record SharedInfoProperties(String webhookKey, Duration connectTimeout, Duration requestTimeout) {

    public SharedInfoProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
    }
}
