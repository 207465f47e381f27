package jp.nintei.sharedinfo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: {@code X-Nintei-Signature: sha256=<hex>}, the
 * HMAC-SHA256 of the exact body bytes keyed with the subscriber's secret (its UTF-8 bytes).
 * Receivers recompute it and compare in constant time, as {@link #verify} does.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Nintei-Signature";
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    public static final String EVENT_HEADER = "X-Nintei-Event";
    public static final String SUBSCRIPTION_HEADER = "X-Nintei-Subscription";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    public static boolean verify(String secret, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
