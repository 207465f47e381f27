package jp.nintei.opinion;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OpinionReminderRepository extends JpaRepository<OpinionReminder, Long> {

    List<OpinionReminder> findByRequestIdOrderBySeqAsc(Long requestId);

    int countByRequestId(Long requestId);
}
