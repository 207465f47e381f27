package jp.nintei.opinion;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A capability link to one request. The token itself is never stored: only its SHA-256, so that
 * a copy of this table (a backup, a log of a query) opens nothing.
 */
@Entity
public class OpinionLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private OpinionRequest request;

    private String tokenHash;
    private Instant issuedAt;
    private String issuedBy;
    private Instant expiresAt;
    private Instant revokedAt;
    private String revokeReason;

    protected OpinionLink() {
    }

    OpinionLink(OpinionRequest request, String tokenHash, Instant issuedAt, String issuedBy, Instant expiresAt) {
        this.request = request;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant at, String reason) {
        if (revokedAt == null) {
            revokedAt = at;
            revokeReason = reason;
        }
    }

    /** A link that is still live stays open at least until {@code until} (after a send-back). */
    void extendTo(Instant until) {
        if (revokedAt == null && expiresAt.isBefore(until)) {
            expiresAt = until;
        }
    }

    boolean isLive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public OpinionRequest getRequest() {
        return request;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokeReason() {
        return revokeReason;
    }
}
