package jp.nintei.notification;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.nintei.document.IssuedDocument;

@RestController
@PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
@Tag(name = "通知書", description = "発行済みの認定結果通知書・延期通知書・更新申請のお知らせ")
class NoticeApiController {

    private final IssuedNotices issued;

    NoticeApiController(IssuedNotices issued) {
        this.issued = issued;
    }

    @GetMapping("/api/applications/{caseId}/notices")
    @Operation(summary = "案件の発行済み通知書（版・SHA-256）を一覧する（監査ログに記録）")
    List<IssuedNotices.NoticeDocumentView> list(@PathVariable String caseId) {
        return issued.ofCase(caseId, "通知書一覧（API）");
    }

    @GetMapping("/api/notices/{documentId}/pdf")
    @Operation(summary = "発行済み通知書のPDF（監査ログに記録）")
    ResponseEntity<byte[]> pdf(@PathVariable long documentId) {
        IssuedDocument document = issued.download(documentId, "発行済み通知書の取得（API）");
        return NoticePageController.pdf(document.getFileName(), document.getContent());
    }
}
