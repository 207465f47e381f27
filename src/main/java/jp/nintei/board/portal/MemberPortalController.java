package jp.nintei.board.portal;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletResponse;
import jp.nintei.board.BoardSession;
import jp.nintei.board.packet.BoardPackets;
import jp.nintei.board.packet.PacketCopy;
import jp.nintei.web.NotFoundException;

/**
 * 委員ポータル: a member sees the sessions of the panels they sit on and downloads their own
 * watermarked copy until the session's retention ends. Every download is audited per case.
 */
@Controller
@RequestMapping("/board")
class MemberPortalController {

    private final PortalAccess access;
    private final BoardPackets packets;

    MemberPortalController(PortalAccess access, BoardPackets packets) {
        this.access = access;
        this.packets = packets;
    }

    @GetMapping("/login")
    String login() {
        return "board/portal/login";
    }

    @GetMapping({"", "/"})
    String sessions(@AuthenticationPrincipal BoardMemberPrincipal member, Model model) {
        List<PortalAccess.SessionEntry> entries = access.sessionsOf(member.memberId());
        model.addAttribute("member", member);
        model.addAttribute("entries", entries);
        return "board/portal/sessions";
    }

    @GetMapping("/sessions/{sessionId}")
    String session(@AuthenticationPrincipal BoardMemberPrincipal member, @PathVariable Long sessionId, Model model) {
        BoardSession session = access.requireSeat(member.memberId(), sessionId);
        model.addAttribute("member", member);
        model.addAttribute("entry", access.entry(session, member.memberId()));
        return "board/portal/session";
    }

    @GetMapping("/sessions/{sessionId}/packet")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal BoardMemberPrincipal member, @PathVariable Long sessionId) {
        BoardSession session = access.requireSeat(member.memberId(), sessionId);
        access.requireNotExpired(session);
        PacketCopy copy = packets.memberCopy(sessionId, member.memberId())
                .orElseThrow(() -> new NotFoundException("この審査会の資料はまだ作成されていません"));
        var document = packets.download(copy, "審査会委員による審査判定のための閲覧");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.getFileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-SHA256", document.getSha256())
                .body(document.getContent());
    }

    @ExceptionHandler(PortalAccess.NotOnPanelException.class)
    String notOnPanel(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("message", "この審査会の資料を閲覧する権限がありません（所属する合議体の審査会のみ閲覧できます）。");
        return "board/portal/refused";
    }

    @ExceptionHandler(PortalAccess.ExpiredException.class)
    String expired(PortalAccess.ExpiredException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("message", "この審査会の資料のダウンロード期限（" + e.deadline() + "）を過ぎています。必要な場合は事務局にお問い合わせください。");
        return "board/portal/refused";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("message", e.getMessage());
        return "board/portal/refused";
    }
}
