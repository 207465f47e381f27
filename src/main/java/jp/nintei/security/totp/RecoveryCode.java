package jp.nintei.security.totp;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One recovery code of a second factor, stored as a hash only; usable once. */
@Entity
@jakarta.persistence.Table(name = "second_factor_recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long secondFactorId;
    private String codeHash;
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(Long secondFactorId, String codeHash) {
        this.secondFactorId = secondFactorId;
        this.codeHash = codeHash;
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    String getCodeHash() {
        return codeHash;
    }

    Instant getUsedAt() {
        return usedAt;
    }
}
