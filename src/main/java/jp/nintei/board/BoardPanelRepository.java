package jp.nintei.board;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardPanelRepository extends JpaRepository<BoardPanel, Long> {

    Optional<BoardPanel> findByName(String name);
}
