package jp.nintei.security.totp;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Something that happened to an account's second factor, and who did it. Append-only. */
@Entity
@Immutable
public class SecondFactorEvent {

    public enum Type {
        ENROLLED("登録"),
        LOCKED("ロック"),
        RECOVERY_CODE_USED("リカバリーコード使用"),
        RECOVERY_CODES_RENEWED("リカバリーコード再発行"),
        RESET("管理者がリセット"),
        UNLOCKED("管理者がロック解除");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String realm;
    private String accountId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Type event;

    private String actor;
    private String detail;

    protected SecondFactorEvent() {
    }

    SecondFactorEvent(Instant occurredAt, String realm, String accountId, Type event, String actor, String detail) {
        this.occurredAt = occurredAt;
        this.realm = realm;
        this.accountId = accountId;
        this.event = event;
        this.actor = actor;
        this.detail = detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getRealm() {
        return realm;
    }

    public String getAccountId() {
        return accountId;
    }

    public Type getEvent() {
        return event;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}
