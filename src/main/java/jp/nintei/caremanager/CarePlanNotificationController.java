package jp.nintei.caremanager;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.nintei.audit.AuditLog;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.web.NotFoundException;

/** Staff key in 居宅サービス計画作成依頼届出 received on paper, look them up and end them. */
@RestController
@RequestMapping("/api/care-plan-notifications")
@PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','CAMUNDA_ADMIN')")
@Tag(name = "居宅サービス計画作成依頼届出", description = "事業所と被保険者の結び付き（ケアマネジャーの閲覧範囲を決める）")
class CarePlanNotificationController {

    private final CarePlanNotifications notifications;
    private final InsuredPersonRepository persons;
    private final AuditLog audit;

    CarePlanNotificationController(CarePlanNotifications notifications, InsuredPersonRepository persons, AuditLog audit) {
        this.notifications = notifications;
        this.persons = persons;
        this.audit = audit;
    }

    record NotificationRequest(String officeNumber, String insuredNumber, LocalDate startDate, LocalDate endDate) {
    }

    record EndRequest(LocalDate endDate, String reason) {
    }

    record NotificationView(long id, String officeNumber, String insuredNumber, LocalDate startDate, LocalDate endDate,
            Instant filedAt, String filedBy, String endReason) {

        static NotificationView of(CarePlanNotification n) {
            return new NotificationView(n.getId(), n.getOfficeNumber(), n.getInsuredPerson().getInsuredNumber(),
                    n.getStartDate(), n.getEndDate(), n.getFiledAt(), n.getFiledBy(), n.getEndReason());
        }
    }

    @PostMapping
    @Transactional
    @Operation(summary = "届出を登録する（紙の届出の入力）")
    ResponseEntity<NotificationView> file(@RequestBody NotificationRequest request) {
        var n = notifications.file(request.officeNumber(), person(request.insuredNumber()), request.startDate(),
                request.endDate());
        return ResponseEntity.created(URI.create("/api/care-plan-notifications/" + n.getId())).body(NotificationView.of(n));
    }

    @GetMapping
    @Transactional
    @Operation(summary = "被保険者の届出の履歴（監査ログに記録）")
    List<NotificationView> ofPerson(@RequestParam String insuredNumber) {
        InsuredPerson person = person(insuredNumber);
        audit.read(null, insuredNumber, CarePlanNotifications.DOCUMENT, "届出の照会（職員API）");
        return notifications.ofPerson(person).stream().map(NotificationView::of).toList();
    }

    @PostMapping("/{id}/end")
    @Transactional
    @Operation(summary = "届出を終了する")
    NotificationView end(@PathVariable long id, @RequestBody EndRequest request) {
        return NotificationView.of(notifications.end(id, null, request.endDate(), request.reason()));
    }

    private InsuredPerson person(String insuredNumber) {
        return persons.findByInsuredNumber(insuredNumber == null ? "" : insuredNumber)
                .orElseThrow(() -> new NotFoundException("被保険者番号 " + insuredNumber + " の被保険者は見つかりません"));
    }
}
