package jp.nintei.opinion;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OpinionDraftRepository extends JpaRepository<OpinionDraft, Long> {
}
