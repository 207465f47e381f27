package jp.nintei.resident;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface ResidentPageLinkRepository extends JpaRepository<ResidentPageLink, Long> {

    /** Locked, so that two browsers presenting the same token cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from ResidentPageLink l where l.tokenSha256 = ?1")
    Optional<ResidentPageLink> findForUse(String tokenSha256);
}
