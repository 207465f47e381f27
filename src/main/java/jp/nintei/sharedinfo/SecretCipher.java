package jp.nintei.sharedinfo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import jp.nintei.web.StateConflictException;

/**
 * Encrypts webhook signing secrets at rest with AES-256-GCM. They cannot be hashed like
 * passwords: signing needs the secret itself. A database copy alone does not reveal them.
 */
@Component
class SecretCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(SharedInfoProperties properties) {
        this.key = key(properties.webhookKey());
    }

    String encrypt(String secret) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt webhook secret", e);
        }
    }

    String decrypt(String stored) {
        byte[] all = Base64.getDecoder().decode(stored);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt webhook secret (was nintei.sharedinfo.webhook-key changed?)", e);
        }
    }

    private SecretKeySpec requireKey() {
        if (key == null) {
            throw new StateConflictException(
                    "Webhook の暗号鍵（nintei.sharedinfo.webhook-key、環境変数 NINTEI_WEBHOOK_KEY）が設定されていません。運用担当者に設定を依頼してください");
        }
        return key;
    }

    private static SecretKeySpec key(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("nintei.sharedinfo.webhook-key must be 32 bytes, Base64-encoded");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
