package jp.nintei.security.totp;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

    Optional<SecondFactor> findByRealmAndAccountId(String realm, String accountId);

    /**
     * The row locked (SELECT ... FOR UPDATE) until the transaction ends: attempts on the same
     * account from several nodes or tabs take turns, so a code is accepted once and no failure
     * is lost from the count.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from SecondFactor f where f.realm = :realm and f.accountId = :accountId")
    Optional<SecondFactor> lock(String realm, String accountId);

    List<SecondFactor> findByRealmOrderByAccountId(String realm);
}
