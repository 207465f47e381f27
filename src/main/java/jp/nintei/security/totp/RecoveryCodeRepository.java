package jp.nintei.security.totp;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    List<RecoveryCode> findBySecondFactorId(Long secondFactorId);

    long countBySecondFactorIdAndUsedAtIsNull(Long secondFactorId);

    @Modifying
    @Query("delete from RecoveryCode c where c.secondFactorId = :secondFactorId")
    void deleteBySecondFactorId(Long secondFactorId);
}
