package jp.nintei.board;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardAllocationRepository extends JpaRepository<BoardAllocation, String> {
}
