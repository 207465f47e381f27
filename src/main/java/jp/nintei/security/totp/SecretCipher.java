package jp.nintei.security.totp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seals TOTP secrets with AES-GCM under a key from configuration, never from the database: a
 * stolen dump or backup alone gives no usable secret (a secret cannot be hashed, the server
 * needs it to compute codes). The account (realm and id) is the associated data, so a sealed
 * secret copied to another account's row does not open. Each sealed value names its key, so
 * keys can be rotated: retired keys still open, and {@link TotpService} re-seals on next use.
 */
@Component
class SecretCipher {

    /** The key of the embedded demo only; {@link TwoFactorStartupGuard} refuses it anywhere else. */
    static final String DEMO_KEY = "bmludGVpLWRlbW8ta2V5LW5ldmVyLWEtc2VjcmV0ISE=";

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    record Sealed(String keyId, String value) {
    }

    private final SecureRandom random = new SecureRandom();
    private final String currentKeyId;
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();

    SecretCipher(TwoFactorProperties properties) {
        String current = properties.encryptionKey();
        if (current == null || current.isBlank()) {
            log.warn("nintei.security.two-factor.encryption-key is not set: using the published demo key "
                    + "(allowed only in the embedded demo)");
            current = DEMO_KEY;
        }
        this.currentKeyId = add(current);
        properties.retiredEncryptionKeys().forEach(this::add);
    }

    Sealed seal(byte[] plain, String associatedData) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), iv, associatedData);
            byte[] encrypted = cipher.doFinal(plain);
            byte[] out = new byte[IV_BYTES + encrypted.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(encrypted, 0, out, IV_BYTES, encrypted.length);
            return new Sealed(currentKeyId, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a second-factor secret", e);
        }
    }

    byte[] open(Sealed sealed, String associatedData) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("second-factor secret sealed with unknown key " + sealed.keyId()
                    + ": add that key to nintei.security.two-factor.retired-encryption-keys");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.value());
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(in, IV_BYTES), associatedData);
            return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("second-factor secret does not open: altered, or not this account's", e);
        }
    }

    boolean isCurrent(String keyId) {
        return currentKeyId.equals(keyId);
    }

    private String add(String base64Key) {
        byte[] raw = Base64.getDecoder().decode(base64Key.strip());
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalStateException("nintei.security.two-factor encryption keys must be 16, 24 or 32 bytes "
                    + "(Base64), e.g. `openssl rand -base64 32`; got " + raw.length);
        }
        String id = keyId(raw);
        keys.put(id, new SecretKeySpec(raw, "AES"));
        return id;
    }

    /** A short, stable name for a key: the start of its SHA-256, which says nothing usable about it. */
    private static String keyId(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, String associatedData)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
