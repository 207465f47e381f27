package jp.nintei.survey;

import java.util.List;

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

/** Surveyors and their offices: administrators register them, staff look them up. */
@RestController
@RequestMapping("/api/surveyors")
@Tag(name = "認定調査員", description = "認定調査員の所属事業所の登録と照会")
class SurveyorController {

    private final SurveyorRegistry registry;

    SurveyorController(SurveyorRegistry registry) {
        this.registry = registry;
    }

    record SurveyorRequest(@NotBlank(message = "所属事業所の事業所番号を入力してください") String officeNumber, Boolean active) {
    }

    record SurveyorView(String userId, String name, String officeNumber, String officeName, String officeKind,
            boolean mayDoNewSurveys) {

        static SurveyorView of(SurveyorRegistry.Surveyor s) {
            return new SurveyorView(s.userId(), s.name(), s.office().getOfficeNumber(), s.office().getName(),
                    s.office().getKind().label(), s.office().getKind().mayDoNewSurveys());
        }
    }

    @PutMapping("/{userId}")
    @PreAuthorize("hasRole('CAMUNDA_ADMIN')")
    @Operation(summary = "調査員の所属事業所を登録・変更する")
    SurveyorView save(@PathVariable String userId, @Valid @RequestBody SurveyorRequest request) {
        return SurveyorView.of(registry.register(userId, request.officeNumber(), request.active() == null || request.active()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','CAMUNDA_ADMIN')")
    @Operation(summary = "調査員の一覧（所属事業所つき）")
    List<SurveyorView> list() {
        return registry.all().stream().map(SurveyorView::of).toList();
    }
}
