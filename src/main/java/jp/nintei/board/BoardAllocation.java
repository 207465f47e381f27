package jp.nintei.board;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The board session date a case is allocated to. */
@Entity
public class BoardAllocation {

    @Id
    private String caseId;

    private LocalDate sessionDate;
    private Instant allocatedAt;
    private String allocatedBy;

    protected BoardAllocation() {
    }

    BoardAllocation(String caseId, LocalDate sessionDate, Instant allocatedAt, String allocatedBy) {
        this.caseId = caseId;
        this.sessionDate = sessionDate;
        this.allocatedAt = allocatedAt;
        this.allocatedBy = allocatedBy;
    }

    void move(LocalDate sessionDate, Instant at, String by) {
        this.sessionDate = sessionDate;
        this.allocatedAt = at;
        this.allocatedBy = by;
    }

    public String getCaseId() {
        return caseId;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public Instant getAllocatedAt() {
        return allocatedAt;
    }

    public String getAllocatedBy() {
        return allocatedBy;
    }
}
