package jp.nintei.audit;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.nintei.time.BusinessClock;

/** The audit log for auditors by API: search (JSON) and export (CSV). Only the AUDITOR role. */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "監査ログ", description = "個人情報の閲覧記録の検索と出力（監査担当のみ）")
class AuditController {

    private final AuditTrail trail;
    private final BusinessClock clock;

    AuditController(AuditTrail trail, BusinessClock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    record EventView(long id, java.time.Instant occurredAt, String actor, AuditAction action, String actionLabel,
            String caseId, String insuredNumber, String document, String purpose, String detail) {

        static EventView of(AuditEvent e) {
            return new EventView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), AuditActions.label(e.getAction()),
                    e.getCaseId(), e.getInsuredNumber(), e.getDocument(), e.getPurpose(), e.getDetail());
        }
    }

    record PageView(java.util.List<EventView> events, long total, int page, int size, int pages) {
    }

    @GetMapping("/api/audit/events")
    @Operation(summary = "監査ログを検索する（新しい順、100件ずつ。検索も記録されます）")
    PageView search(@RequestParam(required = false) String caseId, @RequestParam(required = false) String insuredNumber,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String document,
            @RequestParam(required = false) String action, @RequestParam(defaultValue = "0") int page) {
        var result = trail.search(AuditFilter.read(caseId, insuredNumber, actor, from, to, document, action), page);
        return new PageView(result.events().stream().map(EventView::of).toList(), result.total(), result.page(),
                result.size(), result.pages());
    }

    @GetMapping("/api/audit/events.csv")
    @Operation(summary = "監査ログをCSV（UTF-8 BOM付き）で出力する（出力も記録されます）")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String caseId,
            @RequestParam(required = false) String insuredNumber, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String document, @RequestParam(required = false) String action) {
        var export = trail.startExport(AuditFilter.read(caseId, insuredNumber, actor, from, to, document, action));
        return csv(trail, export, "audit-log-" + clock.today() + ".csv");
    }

    static ResponseEntity<StreamingResponseBody> csv(AuditTrail trail, AuditTrail.Export export, String fileName) {
        StreamingResponseBody body = stream -> {
            var csv = new AuditCsv(stream, trail.zone());
            trail.write(export, csv::write);
            csv.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header("X-Audit-Rows", String.valueOf(export.rows()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
