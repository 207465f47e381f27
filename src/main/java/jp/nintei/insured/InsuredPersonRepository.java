package jp.nintei.insured;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InsuredPersonRepository extends JpaRepository<InsuredPerson, Long> {

    Optional<InsuredPerson> findByInsuredNumber(String insuredNumber);
}
