package jp.nintei.notification;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface DocumentNumberCounterRepository extends JpaRepository<DocumentNumberCounter, DocumentNumberCounter.Key> {

    /** Locks the counter row: two letters issued at once never share a number. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from DocumentNumberCounter c where c.id = ?1")
    Optional<DocumentNumberCounter> lock(DocumentNumberCounter.Key key);
}
