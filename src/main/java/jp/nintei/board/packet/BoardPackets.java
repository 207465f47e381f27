package jp.nintei.board.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditLog;
import jp.nintei.board.BoardSession;
import jp.nintei.board.BoardSessions;
import jp.nintei.board.member.BoardMember;
import jp.nintei.board.packet.PacketView.Edition;
import jp.nintei.document.DocumentDraft;
import jp.nintei.document.IssuedDocument;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.document.PdfRenderer;
import jp.nintei.time.BusinessClock;
import jp.nintei.time.JapaneseDates;

/**
 * Issues a session's packets for its current revision: the secretariat edition and one
 * watermarked member edition per panel member, each stored in the issued-document register with
 * its SHA-256. Idempotent per revision, so a retried job issues nothing twice.
 */
@Service
public class BoardPackets {

    public static final String KIND_SECRETARIAT = "BOARD_PACKET";
    public static final String KIND_MEMBER = "BOARD_PACKET_MEMBER";
    static final String TEMPLATE = "board/packet";
    static final String WATERMARK_TEMPLATE = "board/watermark";

    private static final Logger log = LoggerFactory.getLogger(BoardPackets.class);

    private final BoardSessions sessions;
    private final PacketAssembler assembler;
    private final PdfRenderer renderer;
    private final IssuedDocuments documents;
    private final PacketCopyRepository copies;
    private final ApplicationService applications;
    private final AuditLog audit;
    private final BusinessClock clock;

    BoardPackets(BoardSessions sessions, PacketAssembler assembler, PdfRenderer renderer, IssuedDocuments documents,
            PacketCopyRepository copies, ApplicationService applications, AuditLog audit, BusinessClock clock) {
        this.applications = applications;
        this.audit = audit;
        this.sessions = sessions;
        this.assembler = assembler;
        this.renderer = renderer;
        this.documents = documents;
        this.copies = copies;
        this.clock = clock;
    }

    /** Fixes the allocation if still open and issues the packets of the current revision. */
    @Transactional
    public List<PacketCopy> issue(Long sessionId) {
        BoardSession session = sessions.fix(sessionId);
        int revision = session.getAllocationRevision();
        if (copies.existsBySessionIdAndRevision(sessionId, revision)) {
            return copies.findBySessionIdAndRevisionOrderById(sessionId, revision);
        }
        String issuedOn = JapaneseDates.format(clock.today());
        PacketView secretariat = assembler.assemble(session, Edition.SECRETARIAT, issuedOn);
        boolean superseding = !copies.findBySessionIdOrderByRevisionDescIdAsc(sessionId).isEmpty();
        List<PacketCopy> issued = new ArrayList<>();
        if (!secretariat.cases().isEmpty() || superseding) {
            issued.add(issueSecretariat(session, revision, secretariat));
            long started = System.nanoTime();
            byte[] memberEdition = renderer.render(TEMPLATE, Map.of("packet",
                    assembler.assemble(session, Edition.MEMBER, issuedOn)));
            List<String> caseIds = secretariat.cases().stream().map(PacketView.CaseSheet::caseId).toList();
            for (BoardMember member : session.getPanel().members()) {
                issued.add(issueMemberCopy(session, revision, member, memberEdition, caseIds));
            }
            log.info("Board session {} revision {}: {} cases, {} copies in {} ms", sessionId, revision,
                    secretariat.cases().size(), issued.size(), (System.nanoTime() - started) / 1_000_000);
        }
        sessions.packetsIssued(sessionId, revision);
        return issued;
    }

    /** The newest copy for a member of the session's panel, if one was issued. */
    @Transactional(readOnly = true)
    public Optional<PacketCopy> memberCopy(Long sessionId, Long memberId) {
        return copies.findFirstBySessionIdAndCopyKeyOrderByRevisionDesc(sessionId, PacketCopy.copyKey(Edition.MEMBER, memberId));
    }

    @Transactional(readOnly = true)
    public Optional<PacketCopy> secretariatCopy(Long sessionId) {
        return copies.findFirstBySessionIdAndCopyKeyOrderByRevisionDesc(sessionId, PacketCopy.copyKey(Edition.SECRETARIAT, null));
    }

    @Transactional(readOnly = true)
    public List<PacketCopy> copiesOf(Long sessionId) {
        return copies.findBySessionIdOrderByRevisionDescIdAsc(sessionId);
    }

    @Transactional(readOnly = true)
    public List<PacketCopy> copiesOf(Long sessionId, int revision) {
        return copies.findBySessionIdAndRevisionOrderById(sessionId, revision);
    }

    @Transactional(readOnly = true)
    public IssuedDocument document(PacketCopy copy) {
        return documents.get(copy.getDocumentId()).orElseThrow();
    }

    /**
     * The file of a copy, for download: every case in it is audited as read by the current user
     * (a member or the secretariat), with the copy's version and SHA-256.
     */
    @Transactional
    public IssuedDocument download(PacketCopy copy, String purpose) {
        IssuedDocument document = document(copy);
        String label = "審査会資料（" + copy.getEdition().label() + "）";
        for (String caseId : copy.getCaseIds()) {
            audit.record(AuditAction.DOWNLOAD, caseId, applications.get(caseId).getInsuredPerson().getInsuredNumber(),
                    label, purpose, "第" + copy.getSessionId() + "回 第" + copy.getRevision() + "版 SHA-256 " + document.getSha256());
        }
        if (copy.getCaseIds().isEmpty()) {
            audit.record(AuditAction.DOWNLOAD, null, null, label, purpose, "第" + copy.getSessionId() + "回 第"
                    + copy.getRevision() + "版（案件なし）");
        }
        return document;
    }

    private PacketCopy issueSecretariat(BoardSession session, int revision, PacketView view) {
        byte[] pdf = renderer.render(TEMPLATE, Map.of("packet", view));
        IssuedDocument document = documents.issue(new DocumentDraft(null, KIND_SECRETARIAT, "session-" + session.getId(),
                title(session, Edition.SECRETARIAT), fileName(session, revision, "jimukyoku"), DocumentDraft.PDF, pdf));
        return copies.save(new PacketCopy(session.getId(), revision, Edition.SECRETARIAT, null, document,
                view.cases().stream().map(PacketView.CaseSheet::caseId).toList(), clock.now()));
    }

    private PacketCopy issueMemberCopy(BoardSession session, int revision, BoardMember member, byte[] memberEdition,
            List<String> caseIds) {
        Map<String, Object> model = Map.of("memberName", member.getName(), "loginId", member.getLoginId(),
                "sessionNumber", session.getId(), "revision", revision);
        byte[] mark = renderer.render(WATERMARK_TEMPLATE, with(model, "part", "mark"));
        byte[] recipient = renderer.render(WATERMARK_TEMPLATE, with(model, "part", "recipient"));
        String title = title(session, Edition.MEMBER);
        byte[] pdf = Watermark.apply(memberEdition, mark, recipient, title, member.getName() + " 委員用 第" + revision + "版");
        IssuedDocument document = documents.issue(new DocumentDraft(null, KIND_MEMBER,
                "session-" + session.getId() + "-member-" + member.getId(), title,
                fileName(session, revision, member.getLoginId()), DocumentDraft.PDF, pdf));
        return copies.save(new PacketCopy(session.getId(), revision, Edition.MEMBER, member.getId(), document,
                caseIds, clock.now()));
    }

    private static Map<String, Object> with(Map<String, Object> model, String key, Object value) {
        var copy = new java.util.HashMap<>(model);
        copy.put(key, value);
        return copy;
    }

    private static String title(BoardSession session, Edition edition) {
        return "第" + session.getId() + "回 介護認定審査会 資料（" + edition.label() + "）";
    }

    private static String fileName(BoardSession session, int revision, String suffix) {
        return "shinsakai-" + session.getId() + "-" + session.getSessionDate() + "-r" + revision + "-" + suffix + ".pdf";
    }
}
