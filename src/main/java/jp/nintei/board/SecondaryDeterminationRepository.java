package jp.nintei.board;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SecondaryDeterminationRepository extends JpaRepository<SecondaryDetermination, String> {

    List<SecondaryDetermination> findBySessionId(Long sessionId);

    @Query("select d.changeDirection, count(d) from SecondaryDetermination d "
            + "where d.recordedAt >= ?1 and d.recordedAt < ?2 group by d.changeDirection")
    List<Object[]> countByDirection(Instant from, Instant to);
}
