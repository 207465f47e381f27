package jp.nintei.board;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

import jp.nintei.board.member.BoardMember;

/** A member's seat on a panel; one seat per panel is the chair (合議体の長). */
@Entity
@jakarta.persistence.Table(name = "board_panel_seat")
public class PanelSeat {

    @Embeddable
    public static class Key implements Serializable {
        private Long panelId;
        private Long memberId;

        protected Key() {
        }

        Key(Long panelId, Long memberId) {
            this.panelId = panelId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(panelId, k.panelId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(panelId, memberId);
        }
    }

    @EmbeddedId
    private Key id = new Key();

    @ManyToOne(optional = false)
    @MapsId("panelId")
    private BoardPanel panel;

    @ManyToOne(optional = false)
    @MapsId("memberId")
    private BoardMember member;

    private boolean chair;

    protected PanelSeat() {
    }

    PanelSeat(BoardPanel panel, BoardMember member, boolean chair) {
        this.panel = panel;
        this.member = member;
        this.chair = chair;
    }

    public BoardMember getMember() {
        return member;
    }

    public boolean isChair() {
        return chair;
    }
}
