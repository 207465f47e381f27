package jp.nintei.office;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficeRepository extends JpaRepository<Office, Long> {

    Optional<Office> findByOfficeNumber(String officeNumber);

    List<Office> findByKindInOrderByOfficeNumber(List<OfficeKind> kinds);
}
