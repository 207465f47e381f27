package jp.nintei.opinion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jp.nintei.opinion.registry.Physician;

/**
 * 主治医意見書作成依頼: one request of a case to one physician. Round 1 is the first request, a
 * decline leads to round 2 (再依頼) and so on. Names are kept as they were when requested.
 */
@Entity
public class OpinionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String caseId;
    private int round;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Physician physician;

    private String physicianName;
    private String institutionName;
    private boolean electronic;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private Instant chosenAt;
    private String chosenBy;
    private Instant requestedAt;
    private LocalDate dueDate;
    private LocalDate awaitingSince;
    private int periodReminders;
    private String declineReason;
    private Instant declinedAt;
    private String declinedBy;
    private Instant closedAt;

    @Version
    private long version;

    protected OpinionRequest() {
    }

    OpinionRequest(String caseId, int round, Physician physician, Instant chosenAt, String chosenBy) {
        this.caseId = caseId;
        this.round = round;
        this.physician = physician;
        this.physicianName = physician.getName();
        this.institutionName = physician.getInstitution().getName();
        this.electronic = physician.getInstitution().isElectronicSubmission();
        this.status = RequestStatus.PREPARED;
        this.chosenAt = chosenAt;
        this.chosenBy = chosenBy;
    }

    void sent(Instant at, LocalDate today, LocalDate dueDate) {
        this.status = RequestStatus.OPEN;
        this.requestedAt = at;
        this.dueDate = dueDate;
        startWaiting(today);
    }

    void skip(Instant at) {
        close(RequestStatus.SKIPPED, at);
    }

    void submitted() {
        this.status = RequestStatus.SUBMITTED;
    }

    void returnForCorrection(LocalDate today) {
        this.status = RequestStatus.RETURNED;
        startWaiting(today);
    }

    void decline(String reason, Instant at, String by) {
        this.declineReason = reason;
        this.declinedAt = at;
        this.declinedBy = by;
        close(RequestStatus.DECLINED, at);
    }

    void accept(Instant at) {
        close(RequestStatus.ACCEPTED, at);
    }

    void cancel(Instant at) {
        close(RequestStatus.CANCELLED, at);
    }

    void reminded() {
        periodReminders++;
    }

    private void startWaiting(LocalDate today) {
        this.awaitingSince = today;
        this.periodReminders = 0;
    }

    private void close(RequestStatus finalStatus, Instant at) {
        this.status = finalStatus;
        this.closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public int getRound() {
        return round;
    }

    public Physician getPhysician() {
        return physician;
    }

    public String getPhysicianName() {
        return physicianName;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public boolean isElectronic() {
        return electronic;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Instant getChosenAt() {
        return chosenAt;
    }

    public String getChosenBy() {
        return chosenBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getAwaitingSince() {
        return awaitingSince;
    }

    public int getPeriodReminders() {
        return periodReminders;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getDeclinedAt() {
        return declinedAt;
    }

    public String getDeclinedBy() {
        return declinedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** "2026-000012-1": how letters and the portal refer to the request. */
    public String getReference() {
        return caseId + "-" + round;
    }
}
