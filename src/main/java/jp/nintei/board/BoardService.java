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
import jp.nintei.deadline.ScheduledSessions;
import jp.nintei.decision.ValidityRules;
import jp.nintei.primary.PrimaryDetermination;
import jp.nintei.primary.PrimaryDeterminationService;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.StateConflictException;
import jp.nintei.web.Violation;

/**
 * The board's result for a case (二次判定), recorded by the secretariat once the case's session
 * has opened with a quorum, and the session date the 30-day clock reads.
 */
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

    /** The date of the session the case is allocated to (DESIGN.md §3 30-day clock: 処理見込期間). */
    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> sessionDateOf(String caseId) {
        return allocations.findById(caseId).map(a -> a.getSession().getSessionDate());
    }

    @Transactional
    public SecondaryDetermination recordResult(String caseId, BoardResult result) {
        BoardSession session = allocations.findById(caseId).map(BoardAllocation::getSession)
                .orElseThrow(() -> new StateConflictException("案件 " + caseId + " は審査会に割り付けられていません"));
        requireOpen(session);
        if (results.existsById(caseId)) {
            throw new StateConflictException("この案件の二次判定結果は既に記録されています");
        }
        CertificationApplication application = applications.get(caseId);
        CareLevel primaryLevel = primary.of(caseId).map(PrimaryDetermination::getCareLevel).orElse(null);
        List<Violation> violations = check(application, primaryLevel, result);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var saved = results.save(new SecondaryDetermination(caseId, session.getId(), primaryLevel, result, clock.now(),
                currentUser.id()));
        history.append(caseId, CaseEventType.BOARD_HELD, currentUser.id(), describe(session, saved));
        return saved;
    }

    @Transactional(readOnly = true)
    public Optional<SecondaryDetermination> resultOf(String caseId) {
        return results.findById(caseId);
    }

    @Transactional(readOnly = true)
    public List<SecondaryDetermination> resultsOf(Long sessionId) {
        return results.findBySessionId(sessionId);
    }

    private static void requireOpen(BoardSession session) {
        switch (session.getState()) {
            case OPEN -> { }
            case NO_QUORUM -> throw new StateConflictException("審査会（" + session.label()
                    + "）は定足数（合議体の長を含む過半数）を満たしていないため、判定を記録できません。他の審査会へ移動してください");
            case PLANNED, FIXED -> throw new StateConflictException("審査会（" + session.label()
                    + "）はまだ開催されていません。出欠を記録して開会してから判定を記録してください");
            default -> throw new StateConflictException("審査会（" + session.label() + "）は終了しています");
        }
    }

    private List<Violation> check(CertificationApplication application, CareLevel primaryLevel, BoardResult r) {
        List<Violation> violations = new ArrayList<>();
        if (r.careLevel() == null) {
            violations.add(new Violation("boardCareLevel", "二次判定結果を選択してください"));
            return violations;
        }
        checkLength(violations, "changeReason", "変更理由", r.changeReason(), 1000);
        checkLength(violations, "nonApplicableReason", "非該当の理由", r.nonApplicableReason(), 1000);
        checkLength(violations, "boardOpinion", "審査会の意見", r.boardOpinion(), 2000);
        checkChange(violations, primaryLevel, r);
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

    private static void checkChange(List<Violation> violations, CareLevel primaryLevel, BoardResult r) {
        if (r.careLevel() == primaryLevel) {
            if (r.changeReasonCode() != null) {
                violations.add(new Violation("changeReasonCode", "一次判定と同じ区分の場合は変更理由を選択しません"));
            }
            return;
        }
        String primaryLabel = primaryLevel == null ? "未登録" : primaryLevel.label();
        if (r.changeReasonCode() == null) {
            violations.add(new Violation("changeReasonCode", "一次判定（" + primaryLabel + "）から変更する場合は変更理由を選択してください"));
        } else if (r.changeReasonCode().needsText() && isBlank(r.changeReason())) {
            violations.add(new Violation("changeReason", "変更理由が「その他」の場合は理由を具体的に入力してください"));
        }
    }

    private static String describe(BoardSession session, SecondaryDetermination d) {
        String change = d.getChangeDirection() == ChangeDirection.NONE ? ""
                : "（一次判定 " + d.getPrimaryCareLevel().label() + " から" + d.getChangeDirection().label() + "）";
        return "No." + session.getId() + " " + d.getCareLevel().label() + change;
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
