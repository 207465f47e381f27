package jp.nintei.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import jp.nintei.board.member.BoardMember;

/**
 * 合議体: five members (three for a panel that only reviews renewals, 施行令9条), one of them
 * the chair. Quorum is a majority of the seats including the chair.
 */
@Entity
public class BoardPanel {

    public static final int FULL_SIZE = 5;
    public static final int RENEWAL_SIZE = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private boolean active;

    @OneToMany(mappedBy = "panel", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<PanelSeat> seats = new ArrayList<>();

    protected BoardPanel() {
    }

    BoardPanel(String name) {
        this.name = name;
        this.active = true;
    }

    void seat(List<BoardMember> members, BoardMember chair) {
        seats.clear();
        members.forEach(m -> seats.add(new PanelSeat(this, m, m.getId().equals(chair.getId()))));
    }

    /** A three-member panel may only review sessions of renewal applications. */
    public boolean isRenewalOnly() {
        return seats.size() < FULL_SIZE;
    }

    /** 定足数: more than half of the seats. */
    public int quorum() {
        return seats.size() / 2 + 1;
    }

    public Optional<BoardMember> chair() {
        return seats.stream().filter(PanelSeat::isChair).map(PanelSeat::getMember).findFirst();
    }

    public List<BoardMember> members() {
        return seats.stream()
                .sorted(Comparator.comparing((PanelSeat s) -> !s.isChair()).thenComparing(s -> s.getMember().getField()))
                .map(PanelSeat::getMember)
                .toList();
    }

    public boolean hasMember(Long memberId) {
        return seats.stream().anyMatch(s -> s.getMember().getId().equals(memberId));
    }

    /** Members whose term does not cover the day; such a panel cannot sit that day. */
    public List<BoardMember> outOfTermOn(LocalDate day) {
        return members().stream().filter(m -> !m.servesOn(day)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public int size() {
        return seats.size();
    }
}
