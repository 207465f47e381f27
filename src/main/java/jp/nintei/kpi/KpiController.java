package jp.nintei.kpi;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.nintei.insured.InsurerRepository;
import jp.nintei.time.BusinessClock;

/** The KPI figures as JSON; aggregates only, no personal data, so not audited. */
@RestController
@PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','AUDITOR','CAMUNDA_ADMIN')")
@Tag(name = "業務統計", description = "要介護認定の処理期間・審査会の変更率（保険者別・月別）")
class KpiController {

    private final CertificationKpis kpis;
    private final InsurerRepository insurers;
    private final BusinessClock clock;

    KpiController(CertificationKpis kpis, InsurerRepository insurers, BusinessClock clock) {
        this.kpis = kpis;
        this.insurers = insurers;
        this.clock = clock;
    }

    @GetMapping("/api/kpi/certification")
    @Operation(summary = "認定の処理期間・30日以内の割合・段階別日数・二次判定の変更率（認定日の月別）")
    KpiReport certification(@RequestParam(required = false) String insurer, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String type) {
        KpiQuery q = KpiQuery.read(insurer, from, to, type, insurers.findAll(), clock.today());
        return kpis.report(q.insurerNumber(), q.from(), q.to(), q.type());
    }
}
