package jp.nintei.caremanager;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A login of a care-plan office (居宅介護支援事業所) for the care-manager portal. Not a Camunda
 * user: offices have no business in Tasklist. The password is stored as a BCrypt hash.
 */
@Entity
public class CareManagerAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String loginId;
    private String officeNumber;
    private String displayName;
    private String passwordHash;
    private boolean active;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant lastLoginAt;
    private Instant createdAt;
    private String createdBy;

    protected CareManagerAccount() {
    }

    CareManagerAccount(String loginId, String officeNumber, String displayName, String passwordHash, Instant now,
            String by) {
        this.loginId = loginId;
        this.officeNumber = officeNumber;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.active = true;
        this.createdAt = now;
        this.createdBy = by;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A wrong password; after {@code maxAttempts} in a row the account is locked for {@code lock}. */
    void failedLogin(Instant now, int maxAttempts, Duration lock) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lock);
            failedAttempts = 0;
        }
    }

    void loggedIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getOfficeNumber() {
        return officeNumber;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
