package jp.nintei.board.member;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An insured person who is a relative of the member: their cases never go to the member's session. */
@Entity
@jakarta.persistence.Table(name = "board_member_relative")
public class MemberRelative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private BoardMember member;

    private String insuredNumber;

    /** 続柄 as the member declared it (長女, 配偶者の母 …). */
    private String relation;

    protected MemberRelative() {
    }

    MemberRelative(BoardMember member, String insuredNumber, String relation) {
        this.member = member;
        this.insuredNumber = insuredNumber;
        this.relation = relation;
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public String getRelation() {
        return relation;
    }
}
