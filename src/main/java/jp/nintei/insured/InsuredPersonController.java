package jp.nintei.insured;

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

/** Master data from the insurer's systems: administrators load it, staff look it up. */
@RestController
@RequestMapping("/api")
@Tag(name = "被保険者", description = "保険者・被保険者の登録と照会")
class InsuredPersonController {

    private final InsuredRegistry registry;

    InsuredPersonController(InsuredRegistry registry) {
        this.registry = registry;
    }

    record InsurerRequest(String name) {
    }

    @PutMapping("/insurers/{insurerNumber}")
    @PreAuthorize("hasRole('CAMUNDA_ADMIN')")
    @Operation(summary = "保険者を登録する")
    ResponseEntity<Void> saveInsurer(@PathVariable String insurerNumber, @RequestBody InsurerRequest request) {
        registry.saveInsurer(insurerNumber, request.name());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/insured-persons/{insuredNumber}")
    @PreAuthorize("hasRole('CAMUNDA_ADMIN')")
    @Operation(summary = "被保険者を登録・更新する（資格管理システムからの連携）")
    ResponseEntity<Void> savePerson(@PathVariable String insuredNumber, @Valid @RequestBody InsuredPersonRequest request) {
        boolean created = registry.savePerson(insuredNumber, request);
        return created ? ResponseEntity.status(201).build() : ResponseEntity.noContent().build();
    }

    @GetMapping("/insured-persons/{insuredNumber}")
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
    @Operation(summary = "被保険者を照会する（監査ログに記録）")
    InsuredPersonView get(@PathVariable String insuredNumber) {
        return registry.read(insuredNumber, "被保険者照会（API）");
    }
}
