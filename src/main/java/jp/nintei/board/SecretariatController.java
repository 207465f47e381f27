package jp.nintei.board;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.nintei.application.ApplicationService;
import jp.nintei.audit.AuditLog;
import jp.nintei.board.member.BoardMembers;
import jp.nintei.board.packet.BoardPackets;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;

/**
 * 審査会事務局の画面: sessions and their cases in order (reorder, move to another session,
 * reschedule), attendance and results, packet copies with their SHA-256, the change rate.
 * Allocation itself happens in Tasklist (審査会への割付), with the proposal.
 */
@Controller
@RequestMapping("/secretariat/board")
class SecretariatController {

    private final BoardSessions sessions;
    private final Allocations allocations;
    private final BoardService board;
    private final BoardMembers members;
    private final BoardPackets packets;
    private final BoardKpis kpis;
    private final ApplicationService applications;
    private final AuditLog audit;
    private final BusinessClock clock;

    SecretariatController(BoardSessions sessions, Allocations allocations, BoardService board, BoardMembers members,
            BoardPackets packets, BoardKpis kpis, ApplicationService applications, AuditLog audit, BusinessClock clock) {
        this.sessions = sessions;
        this.allocations = allocations;
        this.board = board;
        this.members = members;
        this.packets = packets;
        this.kpis = kpis;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String overview(Model model) {
        LocalDate today = clock.today();
        LocalDate fiscalYearStart = MonthDay.of(4, 1).atYear(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1);
        model.addAttribute("sessions", sessions.between(today.minusDays(30), today.plusDays(120)));
        model.addAttribute("panels", sessions.panels());
        model.addAttribute("members", members.all());
        model.addAttribute("changeRate", kpis.changeRate(fiscalYearStart, today));
        model.addAttribute("today", today);
        return "board/secretariat/overview";
    }

    @PostMapping("/sessions")
    String schedule(@RequestParam Long panelId, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sessionDate,
            @RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime startTime, @RequestParam String place,
            @RequestParam(required = false) Integer capacity, RedirectAttributes redirect) {
        try {
            BoardSession session = sessions.schedule(panelId, sessionDate, startTime, place, capacity);
            redirect.addFlashAttribute("message", session.label() + " を登録しました");
            return "redirect:/secretariat/board/sessions/" + session.getId();
        } catch (InvalidInputException | StateConflictException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/secretariat/board";
        }
    }

    @GetMapping("/sessions/{sessionId}")
    @Transactional
    String session(@PathVariable Long sessionId, Model model) {
        BoardSession session = sessions.get(sessionId);
        List<BoardAllocation> cases = allocations.inSession(sessionId);
        audit.read(null, null, "審査会割付一覧", "第" + sessionId + "回審査会の割付案件の表示（" + cases.size() + "件）");
        Map<String, SecondaryDetermination> results = board.resultsOf(sessionId).stream()
                .collect(Collectors.toMap(SecondaryDetermination::getCaseId, Function.identity()));
        model.addAttribute("boardSession", session);
        model.addAttribute("cases", cases.stream().map(a -> CaseRow.of(a, applications.get(a.getCaseId()),
                results.get(a.getCaseId()))).toList());
        model.addAttribute("attendance", sessions.attendanceOf(sessionId).stream()
                .collect(Collectors.toMap(Attendance::getMemberId, Attendance::isPresent)));
        model.addAttribute("copies", packets.copiesOf(sessionId));
        model.addAttribute("targets", sessions.between(clock.today(), clock.today().plusDays(120)).stream()
                .filter(s -> !s.getId().equals(sessionId) && s.getState().acceptsCases()).toList());
        return "board/secretariat/session";
    }

    /** One allocated case as the session page shows it (read inside the transaction). */
    record CaseRow(int position, String caseId, String name, String applicationType, String decisionDue, String result,
            boolean decided) {

        static CaseRow of(BoardAllocation a, jp.nintei.application.CertificationApplication application,
                SecondaryDetermination result) {
            String outcome = result == null ? "未記録" : result.getCareLevel().label()
                    + (result.getChangeDirection() == ChangeDirection.NONE ? "" : "（" + result.getChangeDirection().label() + "）");
            return new CaseRow(a.getPosition(), a.getCaseId(), application.getInsuredPerson().getName(),
                    application.getApplicationType().label(),
                    jp.nintei.time.JapaneseDates.format(application.getDecisionDueDate()), outcome, result != null);
        }
    }

    @PostMapping("/sessions/{sessionId}/reschedule")
    String reschedule(@PathVariable Long sessionId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sessionDate,
            @RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime startTime, @RequestParam String place,
            RedirectAttributes redirect) {
        return act(sessionId, redirect, "日程・会場を変更しました", () -> sessions.reschedule(sessionId, sessionDate, startTime, place));
    }

    @PostMapping("/allocations/{caseId}/shift")
    String shift(@PathVariable String caseId, @RequestParam int by, RedirectAttributes redirect) {
        Long sessionId = sessionOf(caseId);
        return act(sessionId, redirect, "審査順を変更しました", () -> allocations.shift(caseId, by));
    }

    @PostMapping("/allocations/{caseId}/move")
    String move(@PathVariable String caseId, @RequestParam Long targetSessionId, RedirectAttributes redirect) {
        Long sessionId = sessionOf(caseId);
        return act(sessionId, redirect, "案件 " + caseId + " を第" + targetSessionId + "回へ移動しました",
                () -> allocations.move(caseId, targetSessionId));
    }

    @GetMapping("/sessions/{sessionId}/packet")
    ResponseEntity<byte[]> packet(@PathVariable Long sessionId) {
        var copy = packets.secretariatCopy(sessionId)
                .orElseThrow(() -> new NotFoundException("第" + sessionId + "回の審査会資料はまだ作成されていません"));
        var document = packets.download(copy, "審査会事務局による資料の確認");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.getFileName())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document.getContent());
    }

    private Long sessionOf(String caseId) {
        return allocations.of(caseId).map(a -> a.getSession().getId())
                .orElseThrow(() -> new NotFoundException("案件 " + caseId + " は審査会に割り付けられていません"));
    }

    private static String act(Long sessionId, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (InvalidInputException | StateConflictException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (org.springframework.dao.ConcurrencyFailureException | org.camunda.bpm.engine.OptimisticLockingException e) {
            redirect.addFlashAttribute("error", "同時に行われた別の操作（資料の作成など）と競合しました。もう一度お試しください");
        }
        return "redirect:/secretariat/board/sessions/" + sessionId;
    }
}
