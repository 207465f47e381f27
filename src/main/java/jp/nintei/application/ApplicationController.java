package jp.nintei.application;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.nintei.progress.CaseHistory;

@RestController
@RequestMapping("/api/applications")
@PreAuthorize("hasRole('STAFF')")
@Tag(name = "申請", description = "要介護認定申請の受付・照会・取下げ")
class ApplicationController {

    private final IntakeService intake;
    private final ApplicationService applications;
    private final CaseHistory history;

    ApplicationController(IntakeService intake, ApplicationService applications, CaseHistory history) {
        this.intake = intake;
        this.applications = applications;
        this.history = history;
    }

    @PostMapping
    @Operation(summary = "申請を受け付け、審査プロセスを開始する")
    ResponseEntity<ApplicationView> receive(@RequestBody IntakeRequest request) {
        CertificationApplication application = intake.receive(request);
        return ResponseEntity.created(URI.create("/api/applications/" + application.getCaseId()))
                .body(ApplicationView.of(application));
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "申請を照会する（監査ログに記録）")
    ApplicationView get(@PathVariable String caseId) {
        return applications.view(caseId, "申請照会（API）");
    }

    @GetMapping("/{caseId}/history")
    @Operation(summary = "案件の経過（追記のみの履歴）")
    List<CaseEventView> history(@PathVariable String caseId) {
        applications.get(caseId);
        return history.of(caseId).stream().map(CaseEventView::of).toList();
    }

    @PostMapping("/{caseId}/withdrawal")
    @Operation(summary = "申請を取り下げる（決定前のみ）")
    ResponseEntity<Void> withdraw(@PathVariable String caseId, @RequestBody WithdrawalRequest request) {
        applications.requestWithdrawal(caseId, request.reason());
        return ResponseEntity.noContent().build();
    }

    record WithdrawalRequest(String reason) {
    }
}
