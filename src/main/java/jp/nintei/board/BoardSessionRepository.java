package jp.nintei.board;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BoardSessionRepository extends JpaRepository<BoardSession, Long> {

    List<BoardSession> findBySessionDateGreaterThanEqualAndStateInOrderBySessionDateAscStartTimeAscIdAsc(
            LocalDate from, Collection<SessionState> states);

    List<BoardSession> findBySessionDateBetweenOrderBySessionDateDescStartTimeDescIdDesc(LocalDate from, LocalDate to);

    @Query("select s from BoardSession s join s.panel p join p.seats seat where seat.member.id = ?1 "
            + "and s.sessionDate >= ?2 order by s.sessionDate desc, s.id desc")
    List<BoardSession> findOfMemberSince(Long memberId, LocalDate from);
}
