package jp.nintei.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import jp.nintei.time.JapaneseDates;

/**
 * One sitting of a panel on a date at a place. Its allocation revision counts the changes to
 * what the packet shows (cases, order, date, place); packets are issued per revision. The
 * version column makes a change and a packet job that overlap collide instead of losing one.
 */
@Entity
public class BoardSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private BoardPanel panel;

    private LocalDate sessionDate;
    private LocalTime startTime;
    private String place;
    private int capacity;

    @Enumerated(EnumType.STRING)
    private SessionState state;

    private int allocationRevision;
    private int packetRevision;
    private Instant fixedAt;
    private String fixedBy;
    private Instant openedAt;
    private Boolean quorate;
    private Instant closedAt;
    private String closedBy;
    private Instant createdAt;
    private String createdBy;

    @Version
    private long version;

    protected BoardSession() {
    }

    BoardSession(BoardPanel panel, LocalDate sessionDate, LocalTime startTime, String place, int capacity,
            Instant createdAt, String createdBy) {
        this.panel = panel;
        this.sessionDate = sessionDate;
        this.startTime = startTime;
        this.place = place;
        this.capacity = capacity;
        this.state = SessionState.PLANNED;
        this.allocationRevision = 1;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void reschedule(LocalDate date, LocalTime time, String place) {
        this.sessionDate = date;
        this.startTime = time;
        this.place = place;
        allocationChanged();
    }

    void allocationChanged() {
        allocationRevision++;
    }

    void fix(Instant at, String by) {
        if (state == SessionState.PLANNED) {
            state = SessionState.FIXED;
            fixedAt = at;
            fixedBy = by;
        }
    }

    void packetsIssued(int revision) {
        this.packetRevision = revision;
    }

    void open(boolean quorate, Instant at) {
        this.quorate = quorate;
        this.openedAt = at;
        this.state = quorate ? SessionState.OPEN : SessionState.NO_QUORUM;
    }

    void close(SessionState finalState, Instant at, String by) {
        this.state = finalState;
        this.closedAt = at;
        this.closedBy = by;
    }

    /** Shown in Tasklist and on pages: 第3回 第1合議体 令和8年5月20日 14:00. */
    public String label() {
        return "第" + id + "回 " + panel.getName() + " " + JapaneseDates.format(sessionDate) + " " + startTime;
    }

    /** The business key of the session's process instance. */
    public String businessKey() {
        return businessKey(id);
    }

    public static String businessKey(Long sessionId) {
        return "board-session-" + sessionId;
    }

    public boolean isPacketCurrent() {
        return packetRevision == allocationRevision;
    }

    public Long getId() {
        return id;
    }

    public BoardPanel getPanel() {
        return panel;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public String getPlace() {
        return place;
    }

    public int getCapacity() {
        return capacity;
    }

    public SessionState getState() {
        return state;
    }

    public int getAllocationRevision() {
        return allocationRevision;
    }

    public int getPacketRevision() {
        return packetRevision;
    }

    public Instant getFixedAt() {
        return fixedAt;
    }

    public String getFixedBy() {
        return fixedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Boolean getQuorate() {
        return quorate;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
