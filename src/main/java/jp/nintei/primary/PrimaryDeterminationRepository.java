package jp.nintei.primary;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PrimaryDeterminationRepository extends JpaRepository<PrimaryDetermination, String> {
}
