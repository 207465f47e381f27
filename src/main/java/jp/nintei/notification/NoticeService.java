package jp.nintei.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditLog;
import jp.nintei.document.DocumentDraft;
import jp.nintei.document.IssuedDocument;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.document.PdfRenderer;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.time.JapaneseDates;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;

/**
 * Drafts, approves and issues notices, the same way for every kind: a draft is rendered from
 * the business data, a staff member approves it or sends it back with a comment, a sent-back
 * draft is revised (a new revision), and an approved draft is issued into IssuedDocuments,
 * immutable, versioned and hashed. A revision may not be approved by the person who made it.
 */
@Service
public class NoticeService {

    static final int COMMENT_MAX = 1000;

    private final NoticeDraftRepository drafts;
    private final Map<NoticeKind, NoticeComposer> composers;
    private final Letterheads letterheads;
    private final DocumentNumbers numbers;
    private final PdfRenderer pdf;
    private final IssuedDocuments issued;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    NoticeService(NoticeDraftRepository drafts, List<NoticeComposer> composers, Letterheads letterheads,
            DocumentNumbers numbers, PdfRenderer pdf, IssuedDocuments issued, AuditLog audit, ObjectMapper json,
            CurrentUser currentUser, BusinessClock clock) {
        this.drafts = drafts;
        this.composers = composers.stream().collect(Collectors.toMap(NoticeComposer::kind, Function.identity()));
        this.letterheads = letterheads;
        this.numbers = numbers;
        this.pdf = pdf;
        this.issued = issued;
        this.audit = audit;
        this.json = json;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The draft awaiting approval for this notice, rendered now if there is none. Idempotent: a
     * retried job gets the same draft back rather than a second one.
     */
    @Transactional
    public NoticeDraft draft(NoticeKind kind, String key) {
        Optional<NoticeDraft> latest = drafts.findFirstByKindAndDocKeyOrderByRevisionDesc(kind, key);
        if (latest.isPresent()) {
            NoticeDraft d = latest.get();
            return switch (d.getStatus()) {
                case PENDING, APPROVED, ISSUED -> d;
                case SENT_BACK -> create(kind, key, d.getRevision() + 1, d.getDocumentNumber(), d.addressee(), d.getRemark());
            };
        }
        return create(kind, key, 1, null, null, null);
    }

    /** A sent-back draft corrected by staff: the next revision, with the addressee and remark they entered. */
    @Transactional
    public NoticeDraft revise(long draftId, Addressee addressee, String remark) {
        NoticeDraft previous = get(draftId);
        requireLatest(previous);
        if (previous.getStatus() != NoticeStatus.SENT_BACK) {
            throw new StateConflictException("この通知書は差し戻されていないため修正できません（" + previous.getStatus().label() + "）");
        }
        Addressee checked = checkAddressee(addressee);
        return create(previous.getKind(), previous.getDocKey(), previous.getRevision() + 1, previous.getDocumentNumber(),
                checked, checkRemark(remark));
    }

    @Transactional
    public NoticeDraft approve(long draftId) {
        NoticeDraft draft = pending(draftId);
        String me = currentUser.id();
        if (!CurrentUser.SYSTEM.equals(me) && me.equals(draft.getPreparedBy())) {
            throw new InvalidInputException("noticeDecision",
                    "ご自身が修正した通知書は承認できません。別の職員に承認を依頼してください");
        }
        draft.approve(me, clock.now());
        return draft;
    }

    @Transactional
    public NoticeDraft sendBack(long draftId, String comment) {
        NoticeDraft draft = pending(draftId);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("noticeComment", "差し戻す場合は、修正してほしい点を入力してください");
        }
        if (comment.length() > COMMENT_MAX) {
            throw new InvalidInputException("noticeComment", "差し戻しの理由は" + COMMENT_MAX + "文字以内で入力してください");
        }
        draft.sendBack(currentUser.id(), clock.now(), comment.strip());
        return draft;
    }

    /**
     * Issues an approved draft. The letter carries the day it is sent: when that is not the day
     * it was drafted, it is rendered again from the approved model with only the date changed.
     * Idempotent: an issued draft returns its document.
     */
    @Transactional
    public IssuedDocument issue(long draftId) {
        NoticeDraft draft = get(draftId);
        if (draft.getStatus() == NoticeStatus.ISSUED) {
            return issued.get(draft.getIssuedDocumentId()).orElseThrow();
        }
        if (draft.getStatus() != NoticeStatus.APPROVED) {
            throw new StateConflictException(draft.getKind().label() + "は承認されていないため発行できません（"
                    + draft.getStatus().label() + "）");
        }
        byte[] content = contentForToday(draft);
        IssuedDocument document = issued.issue(new DocumentDraft(draft.getCaseId(), draft.getKind().name(),
                draft.getDocKey(), draft.getTitle(), fileName(draft), DocumentDraft.PDF, content));
        draft.markIssued(document.getId());
        audit.record(AuditAction.CREATE, draft.getCaseId(), draft.getInsuredNumber(), draft.getKind().label(),
                "通知書の発行", describe(draft, document));
        return document;
    }

    @Transactional(readOnly = true)
    public NoticeDraft get(long draftId) {
        return drafts.findById(draftId).orElseThrow(() -> new NotFoundException("通知書の下書き " + draftId + " は見つかりません"));
    }

    /** The draft's PDF for a staff member to look at; the read is audited. */
    @Transactional
    public NoticeDraft readForReview(long draftId) {
        NoticeDraft draft = get(draftId);
        audit.read(draft.getCaseId(), draft.getInsuredNumber(), draft.getKind().label(), "通知書下書きの確認");
        return draft;
    }

    @Transactional(readOnly = true)
    public List<NoticeDraft> ofCase(String caseId) {
        return drafts.findByCaseIdOrderByPreparedAtAscIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public Optional<NoticeDraft> latest(NoticeKind kind, String key) {
        return drafts.findFirstByKindAndDocKeyOrderByRevisionDesc(kind, key);
    }

    /** The lines Tasklist shows the approver (Markdown). */
    @Transactional(readOnly = true)
    public String summary(long draftId) {
        NoticeDraft draft = get(draftId);
        Map<String, Object> model = model(draft);
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) model.get("summary");
        List<String> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> letter = (Map<String, Object>) model.get("letter");
        if (!Boolean.TRUE.equals(((Map<?, ?>) letter.get("sender")).get("configured"))) {
            out.add("**注意:** 保険者の差出人情報（首長名・審査請求先）が未登録のため既定値で作成しています。管理者に登録を依頼してください。");
        }
        out.add("**文書:** " + draft.getTitle() + (draft.getDocumentNumber() == null ? "" : "（" + draft.getDocumentNumber() + "）")
                + "　第" + draft.getRevision() + "稿");
        Addressee a = draft.addressee();
        out.add("**送付先:** " + (a.postalCode() == null ? "" : "〒" + a.postalCode() + " ") + a.address() + "　" + a.name() + " 様");
        out.addAll(lines);
        if (draft.getRemark() != null) {
            out.add("**備考:** " + draft.getRemark());
        }
        return String.join("\n\n", out);
    }

    private NoticeDraft create(NoticeKind kind, String key, int revision, String documentNumber, Addressee addressee,
            String remark) {
        NoticeContent content = composer(kind).compose(key);
        Addressee to = addressee != null ? addressee : content.defaultAddressee();
        LocalDate today = clock.today();
        Sender sender = letterheads.senderOf(content.insurer());
        String number = documentNumber != null || !kind.numbered() ? documentNumber
                : numbers.next(content.insurer(), sender.documentNumberPrefix(), today);
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("kind", kind.label());
        letter.put("title", content.title());
        letter.put("documentNumber", number);
        letter.put("issueDateIso", today.toString());
        letter.put("issueDate", JapaneseDates.format(today));
        letter.put("sender", json.convertValue(sender, Map.class));
        letter.put("addressee", json.convertValue(to, Map.class));
        letter.put("remark", remark);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("letter", letter);
        model.put("notice", content.notice());
        model.put("summary", content.summary());
        model.put("fileName", content.fileName());
        String modelJson = toJson(model);
        // Render from the JSON form, exactly as a later re-render for another date will.
        byte[] rendered = render(kind, fromJson(modelJson));
        return drafts.save(new NoticeDraft(kind, key, content.caseId(), content.person().getInsuredNumber(),
                content.insurer().getId(), revision, number, content.title(), to, remark, modelJson, rendered,
                IssuedDocuments.sha256(rendered), clock.now(), currentUser.id()));
    }

    private byte[] contentForToday(NoticeDraft draft) {
        Map<String, Object> model = model(draft);
        @SuppressWarnings("unchecked")
        Map<String, Object> letter = (Map<String, Object>) model.get("letter");
        LocalDate today = clock.today();
        if (today.toString().equals(letter.get("issueDateIso"))) {
            return draft.getContent();
        }
        letter.put("issueDateIso", today.toString());
        letter.put("issueDate", JapaneseDates.format(today));
        return render(draft.getKind(), model);
    }

    private byte[] render(NoticeKind kind, Map<String, Object> model) {
        return pdf.render(kind.template(), model);
    }

    private Map<String, Object> model(NoticeDraft draft) {
        return fromJson(draft.getModelJson());
    }

    private NoticeComposer composer(NoticeKind kind) {
        NoticeComposer composer = composers.get(kind);
        if (composer == null) {
            throw new IllegalStateException("no composer for " + kind);
        }
        return composer;
    }

    private NoticeDraft pending(long draftId) {
        NoticeDraft draft = get(draftId);
        if (draft.getStatus() != NoticeStatus.PENDING) {
            throw new StateConflictException("この通知書は承認待ちではありません（" + draft.getStatus().label() + "）");
        }
        return draft;
    }

    private void requireLatest(NoticeDraft draft) {
        int latest = latest(draft.getKind(), draft.getDocKey()).map(NoticeDraft::getRevision).orElse(0);
        if (latest != draft.getRevision()) {
            throw new StateConflictException("この下書きは既に新しい稿に置き換えられています");
        }
    }

    private static Addressee checkAddressee(Addressee a) {
        List<jp.nintei.web.Violation> violations = new ArrayList<>();
        if (a == null || a.name() == null || a.name().isBlank() || a.name().length() > 100) {
            violations.add(new jp.nintei.web.Violation("addresseeName", "送付先の氏名を100文字以内で入力してください"));
        }
        if (a == null || a.address() == null || a.address().isBlank() || a.address().length() > 300) {
            violations.add(new jp.nintei.web.Violation("addresseeAddress", "送付先の住所を300文字以内で入力してください"));
        }
        if (a != null && a.postalCode() != null && !a.postalCode().isBlank() && !a.postalCode().strip().matches("\\d{3}-?\\d{4}")) {
            violations.add(new jp.nintei.web.Violation("addresseePostalCode", "郵便番号は123-4567の形式で入力してください"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String postal = a.postalCode() == null || a.postalCode().isBlank() ? null : normalisePostal(a.postalCode().strip());
        return new Addressee(a.name().strip(), postal, a.address().strip());
    }

    private static String normalisePostal(String p) {
        return p.contains("-") ? p : p.substring(0, 3) + "-" + p.substring(3);
    }

    private static String checkRemark(String remark) {
        if (remark == null || remark.isBlank()) {
            return null;
        }
        if (remark.length() > COMMENT_MAX) {
            throw new InvalidInputException("noticeRemark", "備考は" + COMMENT_MAX + "文字以内で入力してください");
        }
        return remark.strip();
    }

    private String fileName(NoticeDraft draft) {
        return (String) model(draft).get("fileName");
    }

    private static String describe(NoticeDraft draft, IssuedDocument document) {
        return (draft.getDocumentNumber() == null ? "" : draft.getDocumentNumber() + " ") + "第" + document.getVersion()
                + "版 承認 " + draft.getReviewedBy() + " SHA-256 " + document.getSha256();
    }

    private String toJson(Map<String, Object> model) {
        try {
            return json.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notice model is not serialisable", e);
        }
    }

    private Map<String, Object> fromJson(String modelJson) {
        try {
            return json.readValue(modelJson, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notice model is not readable", e);
        }
    }
}
