package jp.nintei.opinion.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PhysicianRepository extends JpaRepository<Physician, Long> {

    Optional<Physician> findByPhysicianCode(String physicianCode);

    List<Physician> findByInstitutionOrderByPhysicianCodeAsc(MedicalInstitution institution);

    List<Physician> findAllByOrderByPhysicianCodeAsc();
}
