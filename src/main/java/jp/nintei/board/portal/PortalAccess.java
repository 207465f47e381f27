package jp.nintei.board.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.board.BoardProperties;
import jp.nintei.board.BoardSession;
import jp.nintei.board.BoardSessions;
import jp.nintei.board.packet.BoardPackets;
import jp.nintei.board.packet.PacketCopy;
import jp.nintei.document.IssuedDocument;
import jp.nintei.time.BusinessClock;
import jp.nintei.time.JapaneseDates;

/**
 * Who may see what in the member portal: the sessions of the panels the member sits on, each
 * downloadable until {@code nintei.board.packet-retention-days} after the session.
 */
@Service
class PortalAccess {

    /** A session as the portal lists it, with the member's copy if one was issued. */
    record SessionEntry(BoardSession session, Optional<PacketCopy> copy, Optional<IssuedDocument> document,
            String deadline, boolean expired) {
    }

    static class NotOnPanelException extends RuntimeException {
        NotOnPanelException() {
            super("not on the session's panel");
        }
    }

    static class ExpiredException extends RuntimeException {
        private final String deadline;

        ExpiredException(String deadline) {
            super("packet expired");
            this.deadline = deadline;
        }

        String deadline() {
            return deadline;
        }
    }

    private final BoardSessions sessions;
    private final BoardPackets packets;
    private final BoardProperties properties;
    private final BusinessClock clock;

    PortalAccess(BoardSessions sessions, BoardPackets packets, BoardProperties properties, BusinessClock clock) {
        this.sessions = sessions;
        this.packets = packets;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sessions of the member's panels from the retention window on, newest first. */
    @Transactional(readOnly = true)
    List<SessionEntry> sessionsOf(Long memberId) {
        return sessions.ofMember(memberId, clock.today().minusDays(properties.packetRetentionDays())).stream()
                .map(s -> entry(s, memberId)).toList();
    }

    @Transactional(readOnly = true)
    BoardSession requireSeat(Long memberId, Long sessionId) {
        BoardSession session = sessions.get(sessionId);
        if (!session.getPanel().hasMember(memberId)) {
            throw new NotOnPanelException();
        }
        return session;
    }

    void requireNotExpired(BoardSession session) {
        if (clock.today().isAfter(deadline(session))) {
            throw new ExpiredException(JapaneseDates.format(deadline(session)));
        }
    }

    @Transactional(readOnly = true)
    SessionEntry entry(BoardSession session, Long memberId) {
        Optional<PacketCopy> copy = packets.memberCopy(session.getId(), memberId);
        return new SessionEntry(session, copy, copy.map(packets::document), JapaneseDates.format(deadline(session)),
                clock.today().isAfter(deadline(session)));
    }

    private LocalDate deadline(BoardSession session) {
        return session.getSessionDate().plusDays(properties.packetRetentionDays());
    }
}
