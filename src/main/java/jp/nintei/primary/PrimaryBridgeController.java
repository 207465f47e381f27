package jp.nintei.primary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jp.nintei.application.ApplicationService;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditLog;
import jp.nintei.engine.CaseEngine;
import jp.nintei.engine.CaseEngine.ExternalWork;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;
import jp.nintei.web.Violation;

/**
 * The 認定ソフト bridge's side of the external task: it fetches and locks tasks of topic
 * primary-determination with Camunda's REST API, then hands the result in here. A result whose
 * parts disagree is refused (400 with every reason) and reported on the task as an incident, so
 * an operator sees it in Cockpit; the case stays at the external task.
 */
@RestController
@RequestMapping("/api/primary-determination")
@Tag(name = "一次判定", description = "認定ソフト連携（外部タスク primary-determination）")
class PrimaryBridgeController {

    static final String TOPIC = "primary-determination";
    static final int INCIDENT_MESSAGE_MAX = 600;

    private final CaseEngine engine;
    private final PrimaryDeterminationService results;
    private final DeterminationExport export;
    private final ApplicationService applications;
    private final AuditLog audit;
    private final ObjectMapper json;

    PrimaryBridgeController(CaseEngine engine, PrimaryDeterminationService results, DeterminationExport export,
            ApplicationService applications, AuditLog audit, ObjectMapper json) {
        this.engine = engine;
        this.results = results;
        this.export = export;
        this.applications = applications;
        this.audit = audit;
        this.json = json;
    }

    record CompleteRequest(@NotBlank(message = "workerId（fetchAndLock で使ったワーカーID）を指定してください") String workerId,
            @NotNull(message = "result（一次判定結果）を指定してください") PrimaryResultInput result) {
    }

    record Accepted(String caseId, String careLevel, String careLevelLabel, String basis) {
    }

    @PostMapping("/external-tasks/{taskId}/complete")
    @PreAuthorize("hasAnyRole('" + BridgeAccess.ROLE + "','CAMUNDA_ADMIN')")
    @Operation(summary = "認定ソフトの一次判定結果で外部タスクを完了する（不整合な結果は400とインシデント）")
    Accepted complete(@PathVariable String taskId, @Valid @RequestBody CompleteRequest request) {
        ExternalWork task = engine.externalTask(taskId).filter(t -> TOPIC.equals(t.topic()))
                .orElseThrow(() -> new NotFoundException("一次判定の外部タスク " + taskId + " はありません（完了済み、または職員が入力済みです）"));
        if (task.workerId() == null || !task.workerId().equals(request.workerId())) {
            throw new StateConflictException(task.workerId() == null
                    ? "外部タスクがロックされていません。fetchAndLock でロックしてから完了してください"
                    : "外部タスクはワーカー「" + task.workerId() + "」がロックしています");
        }
        List<Violation> violations = results.check(task.caseId(), request.result());
        if (!violations.isEmpty()) {
            String message = violations.stream().map(Violation::message).collect(Collectors.joining(" / "));
            engine.failExternalTask(taskId, request.workerId(), "一次判定結果を受け付けられません: " + shorten(message),
                    message + "\n\n受信した結果:\n" + write(request.result()));
            throw new InvalidInputException(violations);
        }
        engine.completeExternalTask(taskId, request.workerId(),
                Map.of(RecordSoftwareResultDelegate.RESULT, write(request.result())));
        var recorded = results.of(task.caseId()).orElseThrow();
        return new Accepted(task.caseId(), recorded.getCareLevel().name(), recorded.getCareLevel().label(),
                recorded.getRuleBasis());
    }

    @GetMapping("/{caseId}/export")
    @Transactional
    @PreAuthorize("hasAnyRole('" + BridgeAccess.ROLE + "','STAFF','SUPERVISOR','CAMUNDA_ADMIN')")
    @Operation(summary = "認定ソフト用の入力データ（認定調査・主治医意見書）")
    DeterminationExport.Export export(@PathVariable String caseId) {
        var application = applications.get(caseId);
        audit.record(AuditAction.EXPORT, caseId, application.getInsuredPerson().getInsuredNumber(), "認定調査票・主治医意見書",
                "一次判定（認定ソフト）用データの出力", null);
        return export.of(caseId);
    }

    private String write(PrimaryResultInput result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String s) {
        return s.length() <= INCIDENT_MESSAGE_MAX ? s : s.substring(0, INCIDENT_MESSAGE_MAX) + "…";
    }
}
