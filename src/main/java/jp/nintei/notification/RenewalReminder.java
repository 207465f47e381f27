package jp.nintei.notification;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** 更新申請のお知らせ of one certification: when it is due and how it ended. */
@Entity
public class RenewalReminder {

    public enum Status {
        SCHEDULED("送付予定"), SKIPPED("送付不要"), ISSUED("送付済み");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    private Long certificateId;

    private String businessKey;
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String skippedReason;
    private Instant scheduledAt;
    private Instant closedAt;

    protected RenewalReminder() {
    }

    RenewalReminder(Long certificateId, String businessKey, LocalDate dueDate, Instant scheduledAt) {
        this.certificateId = certificateId;
        this.businessKey = businessKey;
        this.dueDate = dueDate;
        this.status = Status.SCHEDULED;
        this.scheduledAt = scheduledAt;
    }

    void skip(String reason, Instant at) {
        this.status = Status.SKIPPED;
        this.skippedReason = reason;
        this.closedAt = at;
    }

    void issued(Instant at) {
        this.status = Status.ISSUED;
        this.closedAt = at;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Status getStatus() {
        return status;
    }

    public String getSkippedReason() {
        return skippedReason;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
