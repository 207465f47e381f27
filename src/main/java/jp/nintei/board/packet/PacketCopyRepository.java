package jp.nintei.board.packet;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PacketCopyRepository extends JpaRepository<PacketCopy, Long> {

    boolean existsBySessionIdAndRevision(Long sessionId, int revision);

    List<PacketCopy> findBySessionIdAndRevisionOrderById(Long sessionId, int revision);

    Optional<PacketCopy> findFirstBySessionIdAndCopyKeyOrderByRevisionDesc(Long sessionId, String copyKey);

    List<PacketCopy> findBySessionIdOrderByRevisionDescIdAsc(Long sessionId);
}
