package jp.nintei.caremanager;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jp.nintei.insured.InsuredPerson;

/**
 * 居宅サービス計画作成依頼届出: the person asked this office to make their care plan, from
 * {@code startDate} until {@code endDate} (open while null). It is what lets the office see the
 * person's certification progress and, with consent, the survey, the opinion and the result.
 */
@Entity
public class CarePlanNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String officeNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private InsuredPerson insuredPerson;

    private LocalDate startDate;
    private LocalDate endDate;
    private Instant filedAt;
    private String filedBy;
    private Instant endedAt;
    private String endedBy;
    private String endReason;

    protected CarePlanNotification() {
    }

    CarePlanNotification(String officeNumber, InsuredPerson person, LocalDate startDate, LocalDate endDate,
            Instant filedAt, String filedBy) {
        this.officeNumber = officeNumber;
        this.insuredPerson = person;
        this.startDate = startDate;
        this.endDate = endDate;
        this.filedAt = filedAt;
        this.filedBy = filedBy;
    }

    /** Whether the notification covers the day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    /** Whether it is still in force on or after the day (open, or ending later). */
    boolean openOn(LocalDate day) {
        return endDate == null || !endDate.isBefore(day);
    }

    void end(LocalDate endDate, String reason, Instant at, String by) {
        this.endDate = endDate;
        this.endReason = reason;
        this.endedAt = at;
        this.endedBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getOfficeNumber() {
        return officeNumber;
    }

    public InsuredPerson getInsuredPerson() {
        return insuredPerson;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public String getEndReason() {
        return endReason;
    }
}
