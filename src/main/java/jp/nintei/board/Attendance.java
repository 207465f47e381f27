package jp.nintei.board;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** 出欠: whether a panel member attended a session. */
@Entity
@jakarta.persistence.Table(name = "board_attendance")
public class Attendance {

    @Embeddable
    public static class Key implements Serializable {
        private Long sessionId;
        private Long memberId;

        protected Key() {
        }

        Key(Long sessionId, Long memberId) {
            this.sessionId = sessionId;
            this.memberId = memberId;
        }

        public Long getMemberId() {
            return memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, memberId);
        }
    }

    @EmbeddedId
    private Key id;

    private boolean chair;
    private boolean present;
    private Instant recordedAt;
    private String recordedBy;

    protected Attendance() {
    }

    Attendance(Long sessionId, Long memberId, boolean chair, boolean present, Instant at, String by) {
        this.id = new Key(sessionId, memberId);
        this.chair = chair;
        this.present = present;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    void update(boolean present, Instant at, String by) {
        this.present = present;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    public Long getMemberId() {
        return id.getMemberId();
    }

    public boolean isChair() {
        return chair;
    }

    public boolean isPresent() {
        return present;
    }
}
