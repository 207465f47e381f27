package jp.nintei.opinion;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.nintei.application.ApplicationService;
import jp.nintei.audit.AuditLog;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;

/**
 * The opinion of a case as JSON. PUT takes an opinion that arrives without a request link, e.g.
 * submitted electronically together with the application (MHLW's 介護情報基盤): it is kept and
 * the stage picks it up whenever it gets there. The Idempotency-Key makes a retried PUT harmless.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/physician-opinion")
@Tag(name = "主治医意見書", description = "意見書の受付（連携）と照会")
@PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','CAMUNDA_ADMIN')")
class OpinionApiController {

    private final OpinionSubmissions submissions;
    private final OpinionService opinions;
    private final ApplicationService applications;
    private final AuditLog audit;

    OpinionApiController(OpinionSubmissions submissions, OpinionService opinions, ApplicationService applications,
            AuditLog audit) {
        this.submissions = submissions;
        this.opinions = opinions;
        this.applications = applications;
        this.audit = audit;
    }

    record DirectOpinion(String physicianName, String institutionName, OpinionContent content) {
    }

    record OpinionJson(String caseId, int version, OpinionStatus status, OpinionSource source, String physicianName,
            String institutionName, LocalDate receivedDate, boolean consentToShare, OpinionContent content,
            List<OpinionView.Section> sections) {

        static OpinionJson of(OpinionView v) {
            return new OpinionJson(v.caseId(), v.version(), v.status(), v.source(), v.physicianName(),
                    v.institutionName(), v.receivedDate(), v.consentToShare(), v.content(), v.sections());
        }
    }

    @PutMapping
    @Operation(summary = "意見書を受け付ける（依頼のリンクによらない電子提出）")
    ResponseEntity<OpinionJson> submit(@PathVariable String caseId, @RequestHeader("Idempotency-Key") String key,
            @RequestBody DirectOpinion body) {
        applications.get(caseId);
        OpinionContent content = body.content() == null ? new OpinionContent() : body.content();
        var submission = submissions.submitDirect(caseId, body.physicianName(), body.institutionName(), content, key);
        if (!submission.opinion().getCaseId().equals(caseId)) {
            throw new StateConflictException("この識別子（Idempotency-Key）は別の案件で使われています");
        }
        return ResponseEntity.status(submission.repeated() ? 200 : 201)
                .body(OpinionJson.of(opinions.view(submission.opinion())));
    }

    @GetMapping
    @Transactional
    @Operation(summary = "意見書の最新版")
    OpinionJson latest(@PathVariable String caseId) {
        var application = applications.get(caseId);
        OpinionView view = opinions.latest(caseId)
                .orElseThrow(() -> new NotFoundException("この案件の意見書はまだ届いていません"));
        audit.read(caseId, application.getInsuredPerson().getInsuredNumber(), "主治医意見書", "API: 意見書の照会");
        return OpinionJson.of(view);
    }
}
