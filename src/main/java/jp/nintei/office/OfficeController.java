package jp.nintei.office;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The office register: administrators load it, staff look offices up. */
@RestController
@RequestMapping("/api/offices")
@Tag(name = "事業所", description = "委託先・居宅介護支援事業所・施設などの登録と照会")
class OfficeController {

    private final OfficeRegistry registry;

    OfficeController(OfficeRegistry registry) {
        this.registry = registry;
    }

    record OfficeRequest(
            @NotBlank(message = "事業所名を入力してください") @Size(max = 200, message = "事業所名は200文字以内で入力してください") String name,
            @NotNull(message = "事業所の種別を選択してください") OfficeKind kind,
            @Size(max = 300, message = "所在地は300文字以内で入力してください") String address,
            @Pattern(regexp = "[0-9-]{0,20}", message = "電話番号は数字とハイフンで入力してください") String phone) {
    }

    record OfficeView(String officeNumber, String name, OfficeKind kind, String kindLabel, String address, String phone) {

        static OfficeView of(Office o) {
            return new OfficeView(o.getOfficeNumber(), o.getName(), o.getKind(), o.getKind().label(), o.getAddress(),
                    o.getPhone());
        }
    }

    @PutMapping("/{officeNumber}")
    @PreAuthorize("hasRole('CAMUNDA_ADMIN')")
    @Operation(summary = "事業所を登録・更新する")
    ResponseEntity<OfficeView> save(@PathVariable String officeNumber, @Valid @RequestBody OfficeRequest request) {
        boolean created = registry.find(officeNumber).isEmpty();
        Office office = registry.save(officeNumber, request.name(), request.kind(), request.address(), request.phone());
        return ResponseEntity.status(created ? 201 : 200).body(OfficeView.of(office));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','BOARD_SECRETARIAT','CAMUNDA_ADMIN')")
    @Operation(summary = "事業所の一覧")
    List<OfficeView> list() {
        return registry.all().stream().map(OfficeView::of).toList();
    }
}
