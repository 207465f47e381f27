package jp.nintei.progress;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.nintei.application.ApplicationService;
import jp.nintei.audit.AuditLog;
import jp.nintei.time.BusinessClock;

/** Staff view of a case's progress: internal checkpoints and the public states, now or as of a past moment. */
@RestController
@RequestMapping("/api/progress")
@PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','CAMUNDA_ADMIN')")
@Tag(name = "進捗", description = "内部チェックポイントと公開状態（時点指定で過去の状態も参照）")
class ProgressController {

    private final ProgressService progress;
    private final ApplicationService applications;
    private final AuditLog audit;
    private final BusinessClock clock;

    ProgressController(ProgressService progress, ApplicationService applications, AuditLog audit, BusinessClock clock) {
        this.progress = progress;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/{caseId}")
    @Transactional
    @Operation(summary = "案件の進捗（監査ログに記録）")
    CaseProgress get(@PathVariable String caseId,
            @Parameter(description = "時点: 2026-05-01（その日の終わり）または 2026-05-01T10:00:00+09:00")
            @RequestParam(required = false) String asOf) {
        var application = applications.get(caseId);
        var at = AsOf.parse(asOf, clock.now(), clock.zone());
        audit.read(caseId, application.getInsuredPerson().getInsuredNumber(), "進捗",
                asOf == null ? "進捗照会（職員API）" : "進捗照会（職員API、時点 " + asOf + "）");
        return progress.asOf(caseId, at);
    }
}
