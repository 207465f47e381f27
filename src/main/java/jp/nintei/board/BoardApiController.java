package jp.nintei.board;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.nintei.board.member.BoardMember;
import jp.nintei.board.member.BoardMembers;
import jp.nintei.board.member.MemberField;
import jp.nintei.board.member.MemberRegistration;

/** Master data of the board (members, panels), sessions and the change-rate KPI, for the secretariat. */
@RestController
@RequestMapping("/api/board")
@PreAuthorize("hasAnyRole('BOARD_SECRETARIAT','CAMUNDA_ADMIN')")
@Tag(name = "介護認定審査会", description = "委員・合議体・審査会の登録と変更率")
class BoardApiController {

    private final BoardMembers members;
    private final BoardSessions sessions;
    private final BoardKpis kpis;

    BoardApiController(BoardMembers members, BoardSessions sessions, BoardKpis kpis) {
        this.members = members;
        this.sessions = sessions;
        this.kpis = kpis;
    }

    record MemberRequest(String name, String nameKana, MemberField field, String profession, String officeNumber,
            String surveyorUserId, String email, LocalDate termFrom, LocalDate termTo, Boolean active,
            List<MemberRegistration.Relative> relatives) {
    }

    record MemberView(String loginId, String name, String field, String officeNumber, String surveyorUserId,
            LocalDate termFrom, LocalDate termTo, boolean active, int relatives, boolean hasPassword) {

        static MemberView of(BoardMember m) {
            return new MemberView(m.getLoginId(), m.getName(), m.getField().label(), m.getOfficeNumber(),
                    m.getSurveyorUserId(), m.getTermFrom(), m.getTermTo(), m.isActive(), m.getRelatives().size(),
                    m.getPasswordHash() != null);
        }
    }

    record PasswordRequest(String password) {
    }

    record PanelRequest(String name, List<String> members, String chair) {
    }

    record PanelView(Long id, String name, int size, boolean renewalOnly, int quorum, List<String> members, String chair) {

        static PanelView of(BoardPanel p) {
            return new PanelView(p.getId(), p.getName(), p.size(), p.isRenewalOnly(), p.quorum(),
                    p.members().stream().map(BoardMember::getLoginId).toList(),
                    p.chair().map(BoardMember::getLoginId).orElse(null));
        }
    }

    record SessionRequest(Long panelId, LocalDate sessionDate, LocalTime startTime, String place, Integer capacity) {
    }

    record SessionView(Long id, String label, LocalDate sessionDate, LocalTime startTime, String place, String panel,
            String state, int capacity, int revision) {

        static SessionView of(BoardSession s) {
            return new SessionView(s.getId(), s.label(), s.getSessionDate(), s.getStartTime(), s.getPlace(),
                    s.getPanel().getName(), s.getState().label(), s.getCapacity(), s.getAllocationRevision());
        }
    }

    @PutMapping("/members/{loginId}")
    @Operation(summary = "委員を登録・更新する（分野・任期・所属事業所・親族）")
    MemberView saveMember(@PathVariable String loginId, @RequestBody MemberRequest r) {
        return MemberView.of(members.register(new MemberRegistration(loginId, r.name(), r.nameKana(), r.field(),
                r.profession(), r.officeNumber(), r.surveyorUserId(), r.email(), r.termFrom(), r.termTo(),
                r.active() == null || r.active(), r.relatives())));
    }

    @PutMapping("/members/{loginId}/password")
    @Operation(summary = "委員ポータルのパスワードを設定する")
    ResponseEntity<Void> setPassword(@PathVariable String loginId, @RequestBody PasswordRequest r) {
        members.setPassword(loginId, r.password());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/members")
    @Operation(summary = "委員の一覧")
    List<MemberView> members() {
        return members.all().stream().map(MemberView::of).toList();
    }

    @PutMapping("/panels")
    @Operation(summary = "合議体を登録・再編する（委員5人、更新専用は3人）")
    PanelView savePanel(@RequestBody PanelRequest r) {
        return PanelView.of(sessions.savePanel(r.name(), r.members(), r.chair()));
    }

    @GetMapping("/panels")
    @Operation(summary = "合議体の一覧")
    List<PanelView> panels() {
        return sessions.panels().stream().map(PanelView::of).toList();
    }

    @PostMapping("/sessions")
    @Operation(summary = "審査会の開催を登録する")
    ResponseEntity<SessionView> schedule(@RequestBody SessionRequest r) {
        return ResponseEntity.status(201).body(SessionView.of(sessions.schedule(r.panelId(), r.sessionDate(),
                r.startTime(), r.place(), r.capacity())));
    }

    @GetMapping("/kpis/change-rate")
    @Operation(summary = "一次判定からの変更率（重度変更・軽度変更）")
    BoardKpis.ChangeRate changeRate(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return kpis.changeRate(from, to);
    }
}
