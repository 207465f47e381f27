package jp.nintei.security.totp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: 16 characters of Crockford's Base32 (80 random bits), shown as four groups.
 * With that much entropy a plain SHA-256 is enough to store them: unlike a password, a random
 * 80-bit code cannot be found from its hash by guessing. The account is hashed in, so equal
 * hashes never link two accounts.
 */
final class RecoveryCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;

    private RecoveryCodes() {
    }

    static List<String> generate(SecureRandom random, int count) {
        var codes = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            var code = new StringBuilder(LENGTH + 3);
            for (int c = 0; c < LENGTH; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The code as typed, without separators and with the letters people confuse mapped; null if it is none. */
    static String normalize(String typed) {
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return code;
    }

    static String hash(String realm, String accountId, String normalizedCode) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((realm + ":" + accountId + ":" + normalizedCode).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
