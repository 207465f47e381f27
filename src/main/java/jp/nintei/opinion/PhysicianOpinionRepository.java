package jp.nintei.opinion;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PhysicianOpinionRepository extends JpaRepository<PhysicianOpinion, String> {
}
