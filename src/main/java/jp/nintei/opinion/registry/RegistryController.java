package jp.nintei.opinion.registry;

import java.util.List;

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

/** The register of medical institutions and physicians: staff keep it, staff look it up. */
@RestController
@RequestMapping("/api/medical-institutions")
@Tag(name = "医療機関・主治医", description = "主治医意見書の依頼先の登録と照会")
@PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','CAMUNDA_ADMIN')")
class RegistryController {

    private final PhysicianRegistry registry;

    RegistryController(PhysicianRegistry registry) {
        this.registry = registry;
    }

    record PhysicianView(String physicianCode, String name, String nameKana, String department, boolean designated,
            boolean active) {

        static PhysicianView of(Physician p) {
            return new PhysicianView(p.getPhysicianCode(), p.getName(), p.getNameKana(), p.getDepartment(),
                    p.isDesignated(), p.isActive());
        }
    }

    record InstitutionView(String institutionCode, String name, String postalCode, String address, String phone,
            String fax, String email, boolean electronicSubmission, boolean active, List<PhysicianView> physicians) {
    }

    @GetMapping
    @Operation(summary = "医療機関と医師の一覧")
    List<InstitutionView> list() {
        return registry.institutions().stream().map(this::view).toList();
    }

    @PutMapping("/{institutionCode}")
    @Operation(summary = "医療機関を登録・更新する")
    ResponseEntity<InstitutionView> saveInstitution(@PathVariable String institutionCode,
            @Valid @RequestBody InstitutionDetails details) {
        boolean created = registry.institution(institutionCode).isEmpty();
        MedicalInstitution saved = registry.saveInstitution(institutionCode, details);
        return ResponseEntity.status(created ? 201 : 200).body(view(saved));
    }

    @PutMapping("/{institutionCode}/physicians/{physicianCode}")
    @Operation(summary = "医師を登録・更新する")
    ResponseEntity<PhysicianView> savePhysician(@PathVariable String institutionCode, @PathVariable String physicianCode,
            @Valid @RequestBody PhysicianDetails details) {
        boolean created = registry.physician(physicianCode).isEmpty();
        Physician saved = registry.savePhysician(institutionCode, physicianCode, details);
        return ResponseEntity.status(created ? 201 : 200).body(PhysicianView.of(saved));
    }

    private InstitutionView view(MedicalInstitution i) {
        return new InstitutionView(i.getInstitutionCode(), i.getName(), i.getPostalCode(), i.getAddress(), i.getPhone(),
                i.getFax(), i.getEmail(), i.isElectronicSubmission(), i.isActive(),
                registry.physiciansOf(i).stream().map(PhysicianView::of).toList());
    }
}
