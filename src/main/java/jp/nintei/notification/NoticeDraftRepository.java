package jp.nintei.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeDraftRepository extends JpaRepository<NoticeDraft, Long> {

    Optional<NoticeDraft> findFirstByKindAndDocKeyOrderByRevisionDesc(NoticeKind kind, String docKey);

    List<NoticeDraft> findByCaseIdOrderByPreparedAtAscIdAsc(String caseId);

    Optional<NoticeDraft> findFirstByIssuedDocumentId(Long issuedDocumentId);
}
