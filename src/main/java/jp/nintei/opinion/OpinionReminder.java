package jp.nintei.opinion;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One 督促 of a request: a letter or mail on the schedule, or a staff call with its outcome. */
@Entity
@Immutable
public class OpinionReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long requestId;
    private int seq;

    @Enumerated(EnumType.STRING)
    private ReminderChannel channel;

    private Instant sentAt;
    private String outcome;
    private String note;
    private LocalDate followUpDate;
    private Long documentId;
    private String recordedBy;

    protected OpinionReminder() {
    }

    OpinionReminder(Long requestId, int seq, ReminderChannel channel, Instant sentAt, String outcome, String note,
            LocalDate followUpDate, Long documentId, String recordedBy) {
        this.requestId = requestId;
        this.seq = seq;
        this.channel = channel;
        this.sentAt = sentAt;
        this.outcome = outcome;
        this.note = note;
        this.followUpDate = followUpDate;
        this.documentId = documentId;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public int getSeq() {
        return seq;
    }

    public ReminderChannel getChannel() {
        return channel;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
