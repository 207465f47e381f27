package jp.nintei.board.packet;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MaskTermRepository extends JpaRepository<MaskTerm, Long> {

    List<MaskTerm> findByCaseIdOrderById(String caseId);

    void deleteByCaseId(String caseId);
}
