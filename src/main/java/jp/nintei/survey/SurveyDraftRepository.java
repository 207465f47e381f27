package jp.nintei.survey;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyDraftRepository extends JpaRepository<SurveyDraft, String> {
}
