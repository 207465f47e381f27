package jp.nintei.notification;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Administrators enter what an insurer's letters print as sender and in the 教示文. */
@RestController
@RequestMapping("/api/insurers/{insurerNumber}/letterhead")
@Tag(name = "通知書", description = "通知書の差出人・教示の設定")
class LetterheadController {

    private final Letterheads letterheads;

    LetterheadController(Letterheads letterheads) {
        this.letterheads = letterheads;
    }

    @PutMapping
    @PreAuthorize("hasRole('CAMUNDA_ADMIN')")
    @Operation(summary = "保険者の通知書差出人情報を登録・更新する")
    ResponseEntity<Void> save(@PathVariable String insurerNumber, @Valid @RequestBody LetterheadRequest request) {
        return letterheads.save(insurerNumber, request) ? ResponseEntity.status(201).build()
                : ResponseEntity.noContent().build();
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CAMUNDA_ADMIN','STAFF','SUPERVISOR')")
    @Operation(summary = "保険者の通知書差出人情報（未登録なら既定値）")
    Sender get(@PathVariable String insurerNumber) {
        return letterheads.senderOf(insurerNumber);
    }
}
