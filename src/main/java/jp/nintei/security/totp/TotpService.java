package jp.nintei.security.totp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditLog;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;

/**
 * TOTP second factors of any login realm ("staff", "board", "care-manager", ...), keyed by realm
 * and account id. All state is in the database and every check locks the account's row, so
 * replay protection and the attempt limit hold across cluster nodes. Web flows use it through
 * {@link SecondFactorLogin}; portals with their own accounts can also call it directly.
 */
@Service
public class TotpService {

    static final int SECRET_BYTES = 20;

    public enum Outcome {
        ACCEPTED,
        ACCEPTED_RECOVERY_CODE,
        WRONG_CODE,
        /** The code was right but has been accepted before. */
        REPLAYED,
        LOCKED,
        NOT_ENROLLED
    }

    /**
     * @param attemptsLeft wrong codes left before the lock
     * @param lockedUntil set when the outcome is LOCKED
     * @param recoveryCodesLeft unused recovery codes after this attempt
     * @param newRecoveryCodes the codes to show once, after an enrolment or a renewal
     */
    public record Verification(Outcome outcome, int attemptsLeft, Instant lockedUntil, long recoveryCodesLeft,
            List<String> newRecoveryCodes) {

        public boolean accepted() {
            return outcome == Outcome.ACCEPTED || outcome == Outcome.ACCEPTED_RECOVERY_CODE;
        }
    }

    /** What the user needs to add the account to an authenticator app. */
    public record Enrolment(String secret, String otpauthUri) {

        /** The secret in groups of four, easier to type by hand. */
        public String secretForTyping() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    /** An account's second factor as administrators see it; lastUsedStep is the newest time step accepted. */
    public record Status(String realm, String accountId, boolean active, Instant enrolledAt, Instant lastUsedAt,
            Long lastUsedStep, Instant lockedUntil, int failedAttempts, long recoveryCodesLeft) {
    }

    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecondFactorEventRepository events;
    private final SecretCipher cipher;
    private final TwoFactorProperties properties;
    private final BusinessClock clock;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final SecureRandom random = new SecureRandom();

    TotpService(SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes,
            SecondFactorEventRepository events, SecretCipher cipher, TwoFactorProperties properties,
            BusinessClock clock, AuditLog audit, CurrentUser currentUser) {
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.events = events;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public boolean isActive(String realm, String accountId) {
        return factors.findByRealmAndAccountId(realm, accountId)
                .filter(f -> f.getStatus() == SecondFactor.Status.ACTIVE).isPresent();
    }

    /**
     * A new secret for an account without an active second factor, or the one already shown
     * (a reload shows the same QR code until a first code confirms it).
     */
    @Transactional
    public Enrolment beginEnrolment(String realm, String accountId, String issuer) {
        SecondFactor factor = factors.lock(realm, accountId).orElse(null);
        if (factor != null && factor.getStatus() == SecondFactor.Status.ACTIVE) {
            throw new IllegalStateException(realm + ":" + accountId + " is already enrolled");
        }
        if (factor == null) {
            byte[] secret = new byte[SECRET_BYTES];
            random.nextBytes(secret);
            factor = factors.save(new SecondFactor(realm, accountId, cipher.seal(secret, realm + ":" + accountId),
                    clock.now()));
        }
        String secret = Base32.encode(cipher.open(factor.sealedSecret(), factor.associatedData()));
        return new Enrolment(secret, otpauthUri(issuer, accountId, secret));
    }

    /** The first valid code activates the factor and returns the recovery codes, to be shown once. */
    @Transactional
    public Verification confirmEnrolment(String realm, String accountId, String code) {
        SecondFactor factor = factors.lock(realm, accountId)
                .filter(f -> f.getStatus() == SecondFactor.Status.ENROLLING).orElse(null);
        if (factor == null) {
            return result(Outcome.NOT_ENROLLED, null, 0, List.of());
        }
        Instant now = clock.now();
        if (factor.isLocked(now)) {
            return result(Outcome.LOCKED, factor, 0, List.of());
        }
        OptionalLong step = matchingStep(factor, code, now);
        if (step.isEmpty()) {
            return failure(factor, Outcome.WRONG_CODE, now);
        }
        factor.activate(step.getAsLong(), now);
        List<String> codes = replaceRecoveryCodes(factor);
        record(factor, SecondFactorEvent.Type.ENROLLED, accountId, null);
        return result(Outcome.ACCEPTED, factor, codes.size(), codes);
    }

    /** The second step of a login: a TOTP code, or one of the recovery codes. */
    @Transactional
    public Verification verify(String realm, String accountId, String code) {
        return check(realm, accountId, code, true);
    }

    /** New recovery codes (the old ones stop working), confirmed with a current TOTP code. */
    @Transactional
    public Verification renewRecoveryCodes(String realm, String accountId, String totpCode) {
        Verification check = check(realm, accountId, totpCode, false);
        if (check.outcome() != Outcome.ACCEPTED) {
            return check;
        }
        SecondFactor factor = factors.lock(realm, accountId).orElseThrow();
        List<String> codes = replaceRecoveryCodes(factor);
        record(factor, SecondFactorEvent.Type.RECOVERY_CODES_RENEWED, accountId, null);
        return result(Outcome.ACCEPTED, factor, codes.size(), codes);
    }

    private Verification check(String realm, String accountId, String code, boolean recoveryCodeAllowed) {
        SecondFactor factor = factors.lock(realm, accountId)
                .filter(f -> f.getStatus() == SecondFactor.Status.ACTIVE).orElse(null);
        if (factor == null) {
            return result(Outcome.NOT_ENROLLED, null, 0, List.of());
        }
        Instant now = clock.now();
        if (factor.isLocked(now)) {
            return result(Outcome.LOCKED, factor, unusedRecoveryCodes(factor), List.of());
        }
        String recoveryCode = code == null ? null : RecoveryCodes.normalize(code);
        if (recoveryCode != null && recoveryCodeAllowed) {
            return useRecoveryCode(factor, recoveryCode, now);
        }
        OptionalLong step = matchingStep(factor, code, now);
        if (step.isEmpty()) {
            return failure(factor, Outcome.WRONG_CODE, now);
        }
        if (!factor.isUnused(step.getAsLong())) {
            return failure(factor, Outcome.REPLAYED, now);
        }
        factor.recordSuccess(step.getAsLong(), now);
        resealIfKeyRetired(factor);
        return result(Outcome.ACCEPTED, factor, unusedRecoveryCodes(factor), List.of());
    }

    @Transactional(readOnly = true)
    public Optional<Status> status(String realm, String accountId) {
        return factors.findByRealmAndAccountId(realm, accountId).map(this::status);
    }

    @Transactional(readOnly = true)
    public List<Status> statuses(String realm) {
        return factors.findByRealmOrderByAccountId(realm).stream().map(this::status).toList();
    }

    @Transactional(readOnly = true)
    public List<SecondFactorEvent> events(String realm, String accountId) {
        return events.findByRealmAndAccountIdOrderByIdAsc(realm, accountId);
    }

    /**
     * An administrator removes an account's second factor (lost phone): the next login enrols
     * anew. Recorded with the administrator and the reason in the event log and the audit log.
     */
    @Transactional
    public void reset(String realm, String accountId, String reason) {
        requireReason(reason);
        SecondFactor factor = factors.lock(realm, accountId).orElseThrow(() -> new NotFoundException(
                realm + ":" + accountId + " の二要素認証は登録されていません"));
        recoveryCodes.deleteBySecondFactorId(factor.getId());
        factors.delete(factor);
        administratorAction(factor, SecondFactorEvent.Type.RESET, reason, "二要素認証をリセット");
    }

    /** An administrator lifts a lock before it ends (the user still has the device). */
    @Transactional
    public void unlock(String realm, String accountId, String reason) {
        requireReason(reason);
        SecondFactor factor = factors.lock(realm, accountId).orElseThrow(() -> new NotFoundException(
                realm + ":" + accountId + " の二要素認証は登録されていません"));
        factor.unlock();
        administratorAction(factor, SecondFactorEvent.Type.UNLOCKED, reason, "二要素認証のロックを解除");
    }

    private Verification useRecoveryCode(SecondFactor factor, String normalized, Instant now) {
        String hash = RecoveryCodes.hash(factor.getRealm(), factor.getAccountId(), normalized);
        var match = recoveryCodes.findBySecondFactorId(factor.getId()).stream()
                .filter(c -> c.getUsedAt() == null)
                .filter(c -> MessageDigest.isEqual(c.getCodeHash().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)))
                .findFirst();
        if (match.isEmpty()) {
            return failure(factor, Outcome.WRONG_CODE, now);
        }
        match.get().use(now);
        recoveryCodes.flush();
        factor.recordSuccess(null, now);
        long left = unusedRecoveryCodes(factor);
        record(factor, SecondFactorEvent.Type.RECOVERY_CODE_USED, factor.getAccountId(), "残り " + left + " 個");
        return result(Outcome.ACCEPTED_RECOVERY_CODE, factor, left, List.of());
    }

    /** The step within ±1 of now whose code this is, compared in constant time. */
    private OptionalLong matchingStep(SecondFactor factor, String code, Instant now) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + Totp.DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] secret = cipher.open(factor.sealedSecret(), factor.associatedData());
        long current = Totp.step(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - Totp.WINDOW; step <= current + Totp.WINDOW; step++) {
            boolean equal = MessageDigest.isEqual(Totp.code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII));
            // Prefer a step not used yet, should two steps ever give the same code.
            if (equal && (found.isEmpty() || factor.isUnused(step))) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    private Verification failure(SecondFactor factor, Outcome outcome, Instant now) {
        if (factor.recordFailure(now, properties.maxAttempts(), properties.lockout(), properties.maxLockout())) {
            record(factor, SecondFactorEvent.Type.LOCKED, factor.getAccountId(),
                    properties.maxAttempts() + " 回続けて誤り。" + factor.getLockedUntil() + " まで");
            return result(Outcome.LOCKED, factor, unusedRecoveryCodes(factor), List.of());
        }
        return result(outcome, factor, unusedRecoveryCodes(factor), List.of());
    }

    private List<String> replaceRecoveryCodes(SecondFactor factor) {
        recoveryCodes.deleteBySecondFactorId(factor.getId());
        List<String> codes = RecoveryCodes.generate(random, properties.recoveryCodes());
        for (String code : codes) {
            recoveryCodes.save(new RecoveryCode(factor.getId(), RecoveryCodes.hash(factor.getRealm(),
                    factor.getAccountId(), RecoveryCodes.normalize(code))));
        }
        return codes;
    }

    private void resealIfKeyRetired(SecondFactor factor) {
        if (!cipher.isCurrent(factor.sealedSecret().keyId())) {
            factor.reseal(cipher.seal(cipher.open(factor.sealedSecret(), factor.associatedData()),
                    factor.associatedData()));
        }
    }

    private long unusedRecoveryCodes(SecondFactor factor) {
        return recoveryCodes.countBySecondFactorIdAndUsedAtIsNull(factor.getId());
    }

    private Status status(SecondFactor f) {
        return new Status(f.getRealm(), f.getAccountId(), f.getStatus() == SecondFactor.Status.ACTIVE,
                f.getConfirmedAt(), f.getLastUsedAt(), f.getLastUsedStep(), f.isLocked(clock.now()) ? f.getLockedUntil() : null,
                f.getFailedAttempts(), unusedRecoveryCodes(f));
    }

    private Verification result(Outcome outcome, SecondFactor factor, long recoveryCodesLeft, List<String> codes) {
        int attemptsLeft = factor == null ? 0 : factor.attemptsLeft(properties.maxAttempts());
        Instant lockedUntil = factor == null ? null : factor.getLockedUntil();
        return new Verification(outcome, attemptsLeft, outcome == Outcome.LOCKED ? lockedUntil : null,
                recoveryCodesLeft, codes);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "理由を入力してください（本人確認の方法など）");
        }
    }

    private void administratorAction(SecondFactor factor, SecondFactorEvent.Type type, String reason, String what) {
        record(factor, type, currentUser.id(), reason);
        audit.record(AuditAction.UPDATE, null, null, "二要素認証", reason,
                what + ": " + factor.getRealm() + ":" + factor.getAccountId());
    }

    private void record(SecondFactor factor, SecondFactorEvent.Type type, String actor, String detail) {
        events.save(new SecondFactorEvent(clock.now(), factor.getRealm(), factor.getAccountId(), type, actor, detail));
    }

    static String otpauthUri(String issuer, String accountId, String secret) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(accountId) + "?secret=" + secret
                + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=" + Totp.DIGITS
                + "&period=" + Totp.PERIOD_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
