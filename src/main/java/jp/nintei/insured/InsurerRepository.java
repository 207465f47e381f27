package jp.nintei.insured;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InsurerRepository extends JpaRepository<Insurer, Long> {

    Optional<Insurer> findByInsurerNumber(String insurerNumber);
}
