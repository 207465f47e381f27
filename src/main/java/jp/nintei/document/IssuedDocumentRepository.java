package jp.nintei.document;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

    Optional<IssuedDocument> findFirstByKindAndDocKeyOrderByVersionDesc(String kind, String docKey);

    List<IssuedDocument> findByCaseIdOrderByIssuedAtAscIdAsc(String caseId);

    List<IssuedDocument> findByKindAndDocKeyOrderByVersionAsc(String kind, String docKey);

    @Query("select coalesce(max(d.version), 0) from IssuedDocument d where d.kind = ?1 and d.docKey = ?2")
    int maxVersion(String kind, String docKey);
}
