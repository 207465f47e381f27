package jp.nintei.board;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SecondaryDeterminationRepository extends JpaRepository<SecondaryDetermination, String> {
}
