package jp.nintei.security.totp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.nintei.security.crypto.AesGcmSealer;
import jp.nintei.security.crypto.AesGcmSealer.Sealed;

/**
 * Seals TOTP secrets (a secret cannot be hashed: the server needs it to compute codes) under
 * nintei.security.two-factor.encryption-key, with the account (realm and id) as associated data.
 * Rotation: retired keys still open, and {@link TotpService} re-seals on next use.
 */
@Component("totpSecretCipher")
class SecretCipher {

    /** The key of the embedded demo only; {@link TwoFactorStartupGuard} refuses it anywhere else. */
    static final String DEMO_KEY = "bmludGVpLWRlbW8ta2V5LW5ldmVyLWEtc2VjcmV0ISE=";

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);

    private final AesGcmSealer sealer;

    SecretCipher(TwoFactorProperties properties) {
        String current = properties.encryptionKey();
        if (current == null || current.isBlank()) {
            log.warn("nintei.security.two-factor.encryption-key is not set: using the published demo key "
                    + "(allowed only in the embedded demo)");
            current = DEMO_KEY;
        }
        this.sealer = new AesGcmSealer("nintei.security.two-factor.encryption-key", current,
                "nintei.security.two-factor.retired-encryption-keys", properties.retiredEncryptionKeys());
    }

    Sealed seal(byte[] plain, String associatedData) {
        return sealer.seal(plain, associatedData);
    }

    byte[] open(Sealed sealed, String associatedData) {
        return sealer.open(sealed, associatedData);
    }

    boolean isCurrent(String keyId) {
        return sealer.isCurrent(keyId);
    }
}
