package jp.nintei.survey;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyorProfileRepository extends JpaRepository<SurveyorProfile, String> {

    List<SurveyorProfile> findByOfficeNumberAndActiveTrueOrderByUserId(String officeNumber);

    List<SurveyorProfile> findByActiveTrueOrderByOfficeNumberAscUserIdAsc();
}
