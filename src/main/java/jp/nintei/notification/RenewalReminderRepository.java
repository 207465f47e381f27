package jp.nintei.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface RenewalReminderRepository extends JpaRepository<RenewalReminder, Long> {
}
