package jp.nintei.sharedinfo;

import java.util.List;

import org.springframework.stereotype.Component;

import jp.nintei.security.crypto.AesGcmSealer;
import jp.nintei.security.crypto.AesGcmSealer.Sealed;
import jp.nintei.web.StateConflictException;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Seals webhook signing secrets at rest under nintei.sharedinfo.webhook-key. They cannot be
 * hashed like passwords: signing needs the secret itself. Without a key, registering a
 * subscriber is refused with a message for the operator rather than storing it readable.
 */
@Component
class WebhookSecretCipher {

    private static final String SETTING = "nintei.sharedinfo.webhook-key";
    private static final String ASSOCIATED_DATA = "webhook-secret";

    private final AesGcmSealer sealer;

    WebhookSecretCipher(SharedInfoProperties properties) {
        String key = properties.webhookKey();
        this.sealer = key == null || key.isBlank() ? null : new AesGcmSealer(SETTING, key, null, List.of());
    }

    String encrypt(String secret) {
        return requireSealer().seal(secret.getBytes(UTF_8), ASSOCIATED_DATA).encoded();
    }

    String decrypt(String stored) {
        return new String(requireSealer().open(Sealed.decode(stored), ASSOCIATED_DATA), UTF_8);
    }

    private AesGcmSealer requireSealer() {
        if (sealer == null) {
            throw new StateConflictException(
                    "Webhook の暗号鍵（nintei.sharedinfo.webhook-key、環境変数 NINTEI_WEBHOOK_KEY）が設定されていません。運用担当者に設定を依頼してください");
        }
        return sealer;
    }
}
