package jp.nintei.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurveyVersionRepository extends JpaRepository<SurveyVersion, Long> {

    Optional<SurveyVersion> findFirstByCaseIdOrderByVersionDesc(String caseId);

    Optional<SurveyVersion> findByCaseIdAndVersion(String caseId, int version);

    List<SurveyVersion> findByCaseIdOrderByVersionAsc(String caseId);

    /** The same person's surveys of other cases, most recent visit first. */
    @Query("select v from SurveyVersion v where v.insuredPersonId = ?1 and v.caseId <> ?2 and v.surveyedAt < ?3 "
            + "order by v.surveyedAt desc, v.version desc")
    List<SurveyVersion> findEarlierOfPerson(Long insuredPersonId, String caseId, java.time.LocalDateTime before);
}
