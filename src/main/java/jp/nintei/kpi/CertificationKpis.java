package jp.nintei.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationType;
import jp.nintei.deadline.StatutoryDeadline;
import jp.nintei.insured.Insurer;
import jp.nintei.insured.InsurerRepository;
import jp.nintei.progress.CaseEvent;
import jp.nintei.progress.CaseEventType;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;

/**
 * The per-insurer figures MHLW publishes, computed from the platform's own history: every case
 * decided in the period, grouped by the month of its 認定日. Days are calendar days in the
 * municipality's zone; "within 30 days" is the statutory clock (StatutoryDeadline). A survey or
 * opinion that was repeated counts with its last completion before the decision.
 */
@Service
public class CertificationKpis {

    static final int MAX_MONTHS = 36;

    private final KpiHistory history;
    private final InsurerRepository insurers;
    private final StatutoryDeadline deadline;
    private final BusinessClock clock;

    CertificationKpis(KpiHistory history, InsurerRepository insurers, StatutoryDeadline deadline, BusinessClock clock) {
        this.history = history;
        this.insurers = insurers;
        this.deadline = deadline;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public KpiReport report(String insurerNumber, YearMonth from, YearMonth to, ApplicationType type) {
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "集計期間の開始月は終了月以前にしてください");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new InvalidInputException("to", "集計期間は" + MAX_MONTHS + "か月以内にしてください");
        }
        Insurer insurer = insurers.findByInsurerNumber(insurerNumber)
                .orElseThrow(() -> new NotFoundException("保険者番号 " + insurerNumber + " の保険者は登録されていません"));
        ZoneId zone = clock.zone();
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        List<DecidedCase> decided = history.decided(insurerNumber, first, last, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), type);
        List<CaseTimeline> timelines = timelines(decided, zone);
        Map<YearMonth, List<CaseTimeline>> byMonth = timelines.stream()
                .collect(Collectors.groupingBy(t -> YearMonth.from(t.decisionDate())));
        List<PeriodFigures> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(PeriodFigures.of(m, byMonth.getOrDefault(m, List.of())));
        }
        return new KpiReport(insurerNumber, insurer.getName(), from, to, type == null ? null : type.name(), months,
                PeriodFigures.of(null, timelines), NationalReference.FY2023);
    }

    private List<CaseTimeline> timelines(List<DecidedCase> decided, ZoneId zone) {
        Map<String, List<CaseEvent>> events = history.milestones(decided.stream().map(DecidedCase::caseId).toList())
                .stream().collect(Collectors.groupingBy(CaseEvent::getCaseId, HashMap::new, Collectors.toList()));
        return decided.stream().map(d -> {
            LocalDate decisionDate = d.decisionDate() != null ? d.decisionDate() : LocalDate.ofInstant(d.decidedAt(), zone);
            List<CaseEvent> own = events.getOrDefault(d.caseId(), List.of());
            return new CaseTimeline(d, decisionDate, last(own, CaseEventType.SURVEY_COMPLETED, decisionDate, zone),
                    last(own, CaseEventType.OPINION_RECEIVED, decisionDate, zone),
                    !decisionDate.isAfter(deadline.decisionDueDate(d.receivedDate())));
        }).toList();
    }

    private static LocalDate last(List<CaseEvent> events, CaseEventType type, LocalDate notAfter, ZoneId zone) {
        LocalDate last = null;
        for (CaseEvent e : events) {
            LocalDate day = LocalDate.ofInstant(e.getOccurredAt(), zone);
            if (e.getEventType() == type && !day.isAfter(notAfter)) {
                last = day;
            }
        }
        return last;
    }
}
