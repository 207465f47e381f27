package jp.nintei.security.totp;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nintei.security.two-factor.*}. Off is allowed only in the embedded demo
 * ({@link TwoFactorStartupGuard} refuses to start otherwise); the encryption key is required
 * everywhere else.
 *
 * @param enabled whether password logins need a second factor
 * @param encryptionKey Base64 AES key (16, 24 or 32 bytes) sealing the TOTP secrets at rest
 * @param retiredEncryptionKeys earlier keys, still opened; secrets move to the current key on next use
 * @param issuer the name authenticator apps show next to the account
 * @param maxAttempts wrong codes in a row before the account's second factor is locked
 * @param lockout first lock duration; it doubles with each further lock, up to maxLockout
 * @param recoveryCodes how many one-time recovery codes an enrolment hands out
 */
@ConfigurationProperties("nintei.security.two-factor")
public record TwoFactorProperties(
        @DefaultValue("true") boolean enabled,
        String encryptionKey,
        @DefaultValue List<String> retiredEncryptionKeys,
        @DefaultValue("Nintei") String issuer,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT15M") Duration lockout,
        @DefaultValue("PT24H") Duration maxLockout,
        @DefaultValue("10") int recoveryCodes) {
}
