package jp.nintei.sharedinfo;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A system that receives the store's changes by HTTP POST, signed with its own secret. */
@Entity
public class WebhookSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String url;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    /** AES-GCM ciphertext of the signing secret (see WebhookSecretCipher); never shown after registration. */
    private String secretCiphertext;

    private boolean active;
    private Instant createdAt;
    private String createdBy;
    private Instant secretRotatedAt;
    private Instant deactivatedAt;
    private String deactivatedBy;

    protected WebhookSubscription() {
    }

    WebhookSubscription(String name, String url, Audience audience, String secretCiphertext, Instant now, String by) {
        this.name = name;
        this.url = url;
        this.audience = audience;
        this.secretCiphertext = secretCiphertext;
        this.active = true;
        this.createdAt = now;
        this.createdBy = by;
    }

    void rotateSecret(String ciphertext, Instant now) {
        this.secretCiphertext = ciphertext;
        this.secretRotatedAt = now;
    }

    void deactivate(Instant now, String by) {
        this.active = false;
        this.deactivatedAt = now;
        this.deactivatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public Audience getAudience() {
        return audience;
    }

    String getSecretCiphertext() {
        return secretCiphertext;
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

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public String getDeactivatedBy() {
        return deactivatedBy;
    }
}
