package jp.nintei.deadline;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtensionNoticeRepository extends JpaRepository<ExtensionNotice, Long> {

    List<ExtensionNotice> findByCaseIdOrderBySeqAsc(String caseId);

    int countByCaseId(String caseId);
}
