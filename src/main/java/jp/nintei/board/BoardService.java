package jp.nintei.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.decision.ValidityRules;
import jp.nintei.deadline.ScheduledSessions;
import jp.nintei.primary.PrimaryDetermination;
import jp.nintei.primary.PrimaryDeterminationService;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.Violation;

@Service
public class BoardService implements ScheduledSessions {

    private final BoardAllocationRepository allocations;
    private final SecondaryDeterminationRepository results;
    private final ApplicationService applications;
    private final PrimaryDeterminationService primary;
    private final ValidityRules validity;
    private final CaseHistory history;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    BoardService(BoardAllocationRepository allocations, SecondaryDeterminationRepository results,
            ApplicationService applications, PrimaryDeterminationService primary, ValidityRules validity,
            CaseHistory history, CurrentUser currentUser, BusinessClock clock) {
        this.allocations = allocations;
        this.results = results;
        this.applications = applications;
        this.primary = primary;
        this.validity = validity;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public void allocate(String caseId, LocalDate sessionDate) {
        if (sessionDate.isBefore(clock.today())) {
            throw new InvalidInputException("sessionDate", "審査会の開催日に過去の日付は指定できません");
        }
        String by = currentUser.id();
        allocations.findById(caseId).ifPresentOrElse(
                a -> a.move(sessionDate, clock.now(), by),
                () -> allocations.save(new BoardAllocation(caseId, sessionDate, clock.now(), by)));
        history.append(caseId, CaseEventType.BOARD_ALLOCATED, by, "審査会 " + sessionDate);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> sessionDateOf(String caseId) {
        return allocations.findById(caseId).map(BoardAllocation::getSessionDate);
    }

    @Transactional
    public void recordResult(String caseId, BoardResult result) {
        CertificationApplication application = applications.get(caseId);
        CareLevel primaryLevel = primary.of(caseId).map(PrimaryDetermination::getCareLevel).orElse(null);
        List<Violation> violations = check(application, primaryLevel, result);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (results.existsById(caseId)) {
            throw new InvalidInputException("careLevel", "この案件の二次判定結果は既に記録されています");
        }
        results.save(new SecondaryDetermination(caseId, result.careLevel(), result.validityMonths(),
                result.changeReason(), result.nonApplicableReason(), result.boardOpinion(), clock.now(), currentUser.id()));
        history.append(caseId, CaseEventType.BOARD_HELD, currentUser.id(), result.careLevel().label());
    }

    @Transactional(readOnly = true)
    public Optional<SecondaryDetermination> resultOf(String caseId) {
        return results.findById(caseId);
    }

    private List<Violation> check(CertificationApplication application, CareLevel primaryLevel, BoardResult r) {
        List<Violation> violations = new ArrayList<>();
        checkLength(violations, "changeReason", "変更理由", r.changeReason(), 1000);
        checkLength(violations, "nonApplicableReason", "非該当の理由", r.nonApplicableReason(), 1000);
        checkLength(violations, "boardOpinion", "審査会の意見", r.boardOpinion(), 2000);
        if (r.careLevel() != primaryLevel && isBlank(r.changeReason())) {
            violations.add(new Violation("changeReason", "一次判定（"
                    + (primaryLevel == null ? "未登録" : primaryLevel.label()) + "）から変更する場合は変更理由を入力してください"));
        }
        if (!r.careLevel().isCertified()) {
            if (isBlank(r.nonApplicableReason())) {
                violations.add(new Violation("nonApplicableReason", "非該当とする場合はその理由を入力してください"));
            }
            if (r.validityMonths() != null) {
                violations.add(new Violation("validityMonths", "非該当の場合は有効期間を指定しません"));
            }
            return violations;
        }
        if (r.validityMonths() != null) {
            var previous = application.getPreviousCertificate();
            boolean unchanged = previous != null && previous.getCareLevel() == r.careLevel();
            var range = validity.allowedMonths(application.getApplicationType(), unchanged);
            if (!range.contains(r.validityMonths())) {
                violations.add(new Violation("validityMonths", application.getApplicationType().label()
                        + "申請の有効期間は" + range.min() + "〜" + range.max() + "か月の範囲で指定してください"));
            }
        }
        return violations;
    }

    private static void checkLength(List<Violation> violations, String field, String label, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new Violation(field, label + "は" + max + "文字以内で入力してください"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
