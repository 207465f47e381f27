package jp.nintei.sharedinfo;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SharedRecordRepository extends JpaRepository<SharedRecord, String> {

    List<SharedRecord> findByInsuredNumberOrderByCaseIdDesc(String insuredNumber);

    List<SharedRecord> findByInsuredNumberInOrderByCaseIdDesc(Collection<String> insuredNumbers);
}
