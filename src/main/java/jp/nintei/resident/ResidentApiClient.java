package jp.nintei.resident;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A server-to-server client of the resident channel (the マイナポータル-style portal): it has
 * authenticated the resident itself and asks on their behalf, one insured number per request.
 * Only the SHA-256 of its secret is stored.
 */
@Entity
public class ResidentApiClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String clientId;
    private String name;
    private String secretSha256;
    private boolean active;
    private Instant createdAt;
    private String createdBy;
    private Instant secretRotatedAt;

    protected ResidentApiClient() {
    }

    ResidentApiClient(String clientId, String name, String secretSha256, Instant now, String by) {
        this.clientId = clientId;
        this.name = name;
        this.secretSha256 = secretSha256;
        this.active = true;
        this.createdAt = now;
        this.createdBy = by;
    }

    void rotate(String secretSha256, Instant now) {
        this.secretSha256 = secretSha256;
        this.secretRotatedAt = now;
    }

    void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    String getSecretSha256() {
        return secretSha256;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getSecretRotatedAt() {
        return secretRotatedAt;
    }
}
