package jp.nintei.caremanager;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CareManagerAccountRepository extends JpaRepository<CareManagerAccount, Long> {

    Optional<CareManagerAccount> findByLoginId(String loginId);

    List<CareManagerAccount> findByOfficeNumberOrderByLoginId(String officeNumber);

    List<CareManagerAccount> findAllByOrderByOfficeNumberAscLoginIdAsc();
}
