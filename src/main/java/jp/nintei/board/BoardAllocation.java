package jp.nintei.board;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A case's place in a session: which session, and its position in the review order. */
@Entity
public class BoardAllocation {

    @Id
    private String caseId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private BoardSession session;

    private int position;
    private Instant allocatedAt;
    private String allocatedBy;

    protected BoardAllocation() {
    }

    BoardAllocation(String caseId, BoardSession session, int position, Instant at, String by) {
        this.caseId = caseId;
        this.session = session;
        this.position = position;
        this.allocatedAt = at;
        this.allocatedBy = by;
    }

    void moveTo(BoardSession target, int position, Instant at, String by) {
        this.session = target;
        this.position = position;
        this.allocatedAt = at;
        this.allocatedBy = by;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getCaseId() {
        return caseId;
    }

    public BoardSession getSession() {
        return session;
    }

    public int getPosition() {
        return position;
    }

    public Instant getAllocatedAt() {
        return allocatedAt;
    }

    public String getAllocatedBy() {
        return allocatedBy;
    }
}
