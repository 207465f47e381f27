package jp.nintei.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.nintei.security.Roles;

/** Operators' view of outgoing deliveries. Payloads are not shown: they may hold personal data. */
@RestController
@RequestMapping("/api/admin/outbox")
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Tag(name = "運用：外部送信", description = "送信待ち・配信不能イベントの確認と再送")
class OutboxAdminController {

    private final DeadLetters deadLetters;

    OutboxAdminController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    record Summary(long pending, long delivered, long dead) {
    }

    record DeadLetter(long id, String topic, String idempotencyKey, String caseId, int attempts, String lastError,
            Instant createdAt) {

        static DeadLetter of(OutboxEvent e) {
            return new DeadLetter(e.getId(), e.getTopic(), e.getIdempotencyKey(), e.getCaseId(), e.getAttempts(),
                    e.getLastError(), e.getCreatedAt());
        }
    }

    @GetMapping
    @Operation(summary = "送信待ち・送信済・配信不能の件数")
    Summary summary() {
        return new Summary(deadLetters.count(OutboxEvent.Status.PENDING), deadLetters.count(OutboxEvent.Status.DELIVERED),
                deadLetters.count(OutboxEvent.Status.DEAD));
    }

    @GetMapping("/dead-letters")
    @Operation(summary = "配信不能（リトライ上限到達）のイベント一覧")
    List<DeadLetter> list() {
        return deadLetters.list().stream().map(DeadLetter::of).toList();
    }

    @PostMapping("/dead-letters/{id}/replay")
    @Operation(summary = "配信不能イベントを再送キューに戻す")
    DeadLetter replay(@PathVariable long id) {
        return DeadLetter.of(deadLetters.replay(id));
    }
}
