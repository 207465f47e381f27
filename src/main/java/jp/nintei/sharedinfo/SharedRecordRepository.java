package jp.nintei.sharedinfo;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SharedRecordRepository extends JpaRepository<SharedRecord, String> {

    List<SharedRecord> findByInsuredNumberOrderByCaseIdDesc(String insuredNumber);

    List<SharedRecord> findByInsuredNumberInOrderByCaseIdDesc(Collection<String> insuredNumbers);

    /** Keyset paging over all records, for re-sending them. */
    List<SharedRecord> findByCaseIdGreaterThanOrderByCaseIdAsc(String caseId, Pageable page);
}
