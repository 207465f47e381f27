package jp.nintei.sharedinfo;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.nintei.web.NotFoundException;

/**
 * The store as the insurer's staff read it: every section, with the consent flags that decide
 * what others see. Care-plan offices and residents read it through their own channels.
 */
@RestController
@RequestMapping("/api/shared-info")
@PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','CAMUNDA_ADMIN')")
@Tag(name = "介護情報共有", description = "被保険者ごとの認定情報（申請・調査・意見書・判定・認定結果・被保険者証）と同意フラグ")
class SharedInfoController {

    private final SharedInfoStore store;
    private final ConsentPolicy consent;

    SharedInfoController(SharedInfoStore store, ConsentPolicy consent) {
        this.store = store;
        this.consent = consent;
    }

    @GetMapping("/persons/{insuredNumber}")
    @Operation(summary = "被保険者の認定情報（案件ごと、新しい順。監査ログに記録）")
    List<SharedInfoView> person(@PathVariable String insuredNumber) {
        return store.read(insuredNumber, facts -> consent.forStaff(), SharedInfoStore.all(), "認定情報の照会（職員API）");
    }

    @GetMapping("/cases/{caseId}")
    @Operation(summary = "案件の認定情報（監査ログに記録）")
    SharedInfoView caseRecord(@PathVariable String caseId) {
        return store.readCase(caseId, facts -> consent.forStaff(), SharedInfoStore.all(), "認定情報の照会（職員API）")
                .orElseThrow(() -> new NotFoundException("案件 " + caseId + " の認定情報はありません"));
    }
}
