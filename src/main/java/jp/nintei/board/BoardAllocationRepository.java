package jp.nintei.board;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BoardAllocationRepository extends JpaRepository<BoardAllocation, String> {

    List<BoardAllocation> findBySessionIdOrderByPositionAsc(Long sessionId);

    long countBySessionId(Long sessionId);

    @Query("select coalesce(max(a.position), 0) from BoardAllocation a where a.session.id = ?1")
    int maxPosition(Long sessionId);
}
