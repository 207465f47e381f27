package jp.nintei.opinion.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MedicalInstitutionRepository extends JpaRepository<MedicalInstitution, Long> {

    Optional<MedicalInstitution> findByInstitutionCode(String institutionCode);

    List<MedicalInstitution> findAllByOrderByInstitutionCodeAsc();
}
