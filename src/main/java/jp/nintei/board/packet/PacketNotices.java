package jp.nintei.board.packet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.board.BoardProperties;
import jp.nintei.board.BoardSession;
import jp.nintei.board.BoardSessions;
import jp.nintei.board.member.BoardMember;
import jp.nintei.board.packet.PacketView.Edition;
import jp.nintei.mail.MailMessage;
import jp.nintei.mail.Mailer;
import jp.nintei.time.JapaneseDates;

/**
 * Tells each member that their copy of the current revision is in the portal. The mail carries
 * no case data, only the session, the link and the copy's SHA-256; it goes through the outbox,
 * once per member and revision (a retried job queues nothing twice).
 */
@Service
public class PacketNotices {

    private static final Logger log = LoggerFactory.getLogger(PacketNotices.class);

    private final BoardSessions sessions;
    private final BoardPackets packets;
    private final Mailer mailer;
    private final BoardProperties properties;

    PacketNotices(BoardSessions sessions, BoardPackets packets, Mailer mailer, BoardProperties properties) {
        this.sessions = sessions;
        this.packets = packets;
        this.mailer = mailer;
        this.properties = properties;
    }

    @Transactional
    public int notifyMembers(Long sessionId) {
        BoardSession session = sessions.get(sessionId);
        int queued = 0;
        for (PacketCopy copy : packets.copiesOf(sessionId, session.getPacketRevision())) {
            if (copy.getEdition() != Edition.MEMBER) {
                continue;
            }
            BoardMember member = session.getPanel().members().stream()
                    .filter(m -> m.getId().equals(copy.getMemberId())).findFirst().orElse(null);
            if (member == null || member.getEmail() == null) {
                log.warn("Board session {}: member {} has no mail address; hand the packet over otherwise", sessionId,
                        copy.getMemberId());
                continue;
            }
            String key = "board-packet:" + sessionId + ":" + copy.getRevision() + ":" + member.getId();
            if (mailer.send(key, null, message(session, copy, member))) {
                queued++;
            }
        }
        return queued;
    }

    private MailMessage message(BoardSession session, PacketCopy copy, BoardMember member) {
        boolean first = copy.getRevision() == firstRevision(session);
        String subject = "【介護認定審査会】第" + session.getId() + "回（" + JapaneseDates.format(session.getSessionDate())
                + "）の審査会資料" + (first ? "を掲載しました" : "を差し替えました（第" + copy.getRevision() + "版）");
        String sha256 = copy.getSha256();
        String text = member.getName() + " 委員\n\n"
                + (first ? "次の審査会の資料を委員ポータルに掲載しました。\n"
                        : "次の審査会の資料に変更があったため、差し替えた資料を掲載しました。以前の版は使用しないでください。\n")
                + "\n開催日時: " + JapaneseDates.format(session.getSessionDate()) + " " + session.getStartTime()
                + "\n会場: " + session.getPlace()
                + "\n合議体: " + session.getPanel().getName()
                + "\n審査件数: " + copy.getCaseCount() + " 件"
                + "\n\n資料（ログインが必要です）: " + properties.portalBaseUrl() + "/board/sessions/" + session.getId()
                + "\nダウンロード期限: " + JapaneseDates.format(session.getSessionDate().plusDays(properties.packetRetentionDays()))
                + "\n資料のSHA-256: " + sha256
                + "\n\n資料は審査判定のためだけに使用し、複製・転送しないでください。\n介護認定審査会事務局\n";
        return new MailMessage(member.getEmail(), subject, text);
    }

    private int firstRevision(BoardSession session) {
        return packets.copiesOf(session.getId()).stream().mapToInt(PacketCopy::getRevision).min().orElse(0);
    }
}
