package jp.nintei.resident;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A short-lived, single-use link to the resident page, obtained by a portal client for one
 * insured number. Only the token's SHA-256 is stored.
 */
@Entity
public class ResidentPageLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenSha256;
    private String insuredNumber;
    private String clientId;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected ResidentPageLink() {
    }

    ResidentPageLink(String tokenSha256, String insuredNumber, String clientId, Instant createdAt, Instant expiresAt) {
        this.tokenSha256 = tokenSha256;
        this.insuredNumber = insuredNumber;
        this.clientId = clientId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public String getClientId() {
        return clientId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
