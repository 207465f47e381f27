package jp.nintei.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterheadRepository extends JpaRepository<Letterhead, Long> {
}
