package jp.nintei.security.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Seals secrets the server must be able to read back (TOTP seeds, webhook signing keys) with
 * AES-GCM under keys from configuration, never from the database: a dump or backup alone gives
 * nothing usable. The associated data binds a sealed value to its owner, so a value copied to
 * another row does not open. Each sealed value names its key, so keys can be rotated: retired
 * keys still open, {@link #isCurrent} tells the caller when to re-seal.
 */
public final class AesGcmSealer {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** A sealed value and the id of the key that sealed it. */
    public record Sealed(String keyId, String value) {

        /** One column: "keyId:value". */
        public String encoded() {
            return keyId + ":" + value;
        }

        public static Sealed decode(String encoded) {
            int colon = encoded.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("not a sealed value");
            }
            return new Sealed(encoded.substring(0, colon), encoded.substring(colon + 1));
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final String setting;
    private final String retiredSetting;
    private final String currentKeyId;
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();

    /**
     * @param setting the configuration property of the current key, named in error messages
     * @param currentKey Base64 of a 16, 24 or 32 byte key, used to seal
     * @param retiredSetting the property that lists retired keys (null when rotation is not offered)
     * @param retiredKeys keys that still open values sealed before a rotation
     */
    public AesGcmSealer(String setting, String currentKey, String retiredSetting, List<String> retiredKeys) {
        this.setting = setting;
        this.retiredSetting = retiredSetting;
        this.currentKeyId = add(currentKey);
        retiredKeys.forEach(this::add);
    }

    public Sealed seal(byte[] plain, String associatedData) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            byte[] encrypted = cipher(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), iv, associatedData).doFinal(plain);
            byte[] out = Arrays.copyOf(iv, IV_BYTES + encrypted.length);
            System.arraycopy(encrypted, 0, out, IV_BYTES, encrypted.length);
            return new Sealed(currentKeyId, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a secret under " + setting, e);
        }
    }

    public byte[] open(Sealed sealed, String associatedData) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("secret sealed with unknown key " + sealed.keyId()
                    + (retiredSetting == null ? ": was " + setting + " changed?" : ": add that key to " + retiredSetting));
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.value());
            return cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(in, IV_BYTES), associatedData)
                    .doFinal(in, IV_BYTES, in.length - IV_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("sealed secret does not open: altered, or not this owner's", e);
        }
    }

    public boolean isCurrent(String keyId) {
        return currentKeyId.equals(keyId);
    }

    private String add(String base64Key) {
        byte[] raw = Base64.getDecoder().decode(base64Key.strip());
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalStateException(setting + ": keys must be 16, 24 or 32 bytes (Base64), e.g. "
                    + "`openssl rand -base64 32`; got " + raw.length);
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
        cipher.updateAAD(associatedData.getBytes(UTF_8));
        return cipher;
    }
}
