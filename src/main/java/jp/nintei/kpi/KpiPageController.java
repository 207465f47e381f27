package jp.nintei.kpi;

import java.util.Comparator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.nintei.application.ApplicationType;
import jp.nintei.insured.Insurer;
import jp.nintei.insured.InsurerRepository;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;

/** The staff page of the KPIs: one insurer, a period, optionally one type of application. */
@Controller
@PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','AUDITOR','CAMUNDA_ADMIN')")
class KpiPageController {

    private final CertificationKpis kpis;
    private final InsurerRepository insurers;
    private final BusinessClock clock;

    KpiPageController(CertificationKpis kpis, InsurerRepository insurers, BusinessClock clock) {
        this.kpis = kpis;
        this.insurers = insurers;
        this.clock = clock;
    }

    @GetMapping("/kpi/certification")
    String page(@RequestParam(required = false) String insurer, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String type, Model model) {
        var all = insurers.findAll().stream().sorted(Comparator.comparing(Insurer::getInsurerNumber)).toList();
        model.addAttribute("insurers", all);
        model.addAttribute("types", ApplicationType.values());
        try {
            KpiQuery q = KpiQuery.read(insurer, from, to, type, all, clock.today());
            model.addAttribute("query", q);
            model.addAttribute("report", kpis.report(q.insurerNumber(), q.from(), q.to(), q.type()));
        } catch (InvalidInputException | NotFoundException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "kpi/certification";
    }
}
