package jp.nintei.opinion.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditLog;
import jp.nintei.document.IssuedDocument;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.opinion.LinkAccess;
import jp.nintei.opinion.OpinionChoices;
import jp.nintei.opinion.OpinionContent;
import jp.nintei.opinion.OpinionDocumentKinds;
import jp.nintei.opinion.OpinionLinks;
import jp.nintei.opinion.OpinionRequest;
import jp.nintei.opinion.OpinionRequests;
import jp.nintei.opinion.OpinionService;
import jp.nintei.opinion.OpinionSubmissions;
import jp.nintei.opinion.PhysicianOpinion;
import jp.nintei.opinion.RequestStatus;
import jp.nintei.opinion.SpecialMedicalCare;
import jp.nintei.opinion.OpinionStatus;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;
import jp.nintei.time.BusinessClock;
import jp.nintei.time.JapaneseDates;

/**
 * What the portal's pages show about the one request a link opens: the patient as far as the
 * physician needs to identify them, the request, the form's choices. Every page that shows
 * personal data writes its read to the audit log, with the physician as the actor.
 */
@Component
class PortalModel {

    static final String DOCUMENT = "主治医意見書";

    private final OpinionRequests requests;
    private final OpinionSubmissions submissions;
    private final OpinionService opinions;
    private final OpinionLinks links;
    private final ApplicationService applications;
    private final IssuedDocuments documents;
    private final SpecialMedicalCare specialMedicalCare;
    private final AuditLog audit;
    private final BusinessClock clock;

    PortalModel(OpinionRequests requests, OpinionSubmissions submissions, OpinionService opinions, OpinionLinks links,
            ApplicationService applications, IssuedDocuments documents, SpecialMedicalCare specialMedicalCare,
            AuditLog audit, BusinessClock clock) {
        this.requests = requests;
        this.submissions = submissions;
        this.opinions = opinions;
        this.links = links;
        this.applications = applications;
        this.documents = documents;
        this.specialMedicalCare = specialMedicalCare;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void form(LinkAccess access, String token, OpinionContent content, String submissionKey, Model model) {
        OpinionRequest request = common(access, token, model, "主治医による意見書の作成（依頼番号 ");
        model.addAttribute("opinion", content);
        model.addAttribute("submissionKey", submissionKey);
        if (request.getStatus() == RequestStatus.RETURNED) {
            submissions.submittedFor(request.getId()).filter(o -> o.getStatus() == OpinionStatus.SENT_BACK)
                    .ifPresent(o -> model.addAttribute("sendBackReason", o.getSendBackReason()));
        }
        model.addAttribute("specialCareItems", specialMedicalCare.items());
        model.addAttribute("bedriddenLevels", BedriddenLevel.values());
        model.addAttribute("dementiaLevels", DementiaLevel.values());
        addChoices(model);
    }

    @Transactional
    void submitted(LinkAccess access, String token, Model model) {
        OpinionRequest request = common(access, token, model, "主治医による提出内容の確認（依頼番号 ");
        PhysicianOpinion opinion = submissions.submittedFor(request.getId()).orElseThrow();
        model.addAttribute("view", opinions.view(opinion));
        model.addAttribute("submittedAt", JapaneseDates.format(opinion.getReceivedDate()));
    }

    @Transactional(readOnly = true)
    void declined(LinkAccess access, Model model) {
        OpinionRequest request = requests.get(access.requestId());
        model.addAttribute("request", request);
        model.addAttribute("insurerName", applications.get(access.caseId()).getInsurer().getName());
    }

    /** One of this request's documents, audited as a download; another case's or request's id finds nothing. */
    @Transactional
    Optional<IssuedDocument> document(LinkAccess access, long documentId) {
        OpinionRequest request = requests.get(access.requestId());
        Optional<IssuedDocument> found = documents.get(documentId)
                .filter(d -> access.caseId().equals(d.getCaseId()))
                .filter(d -> OpinionDocumentKinds.isLetterOf(d.getKind(), d.getDocKey(), request.getReference())
                        || OpinionDocumentKinds.OPINION.equals(d.getKind()) && isOpinionOf(request, d));
        found.ifPresent(d -> audit.record(AuditAction.DOWNLOAD, access.caseId(), insuredNumber(access), d.getTitle(),
                "主治医による書類の保存（依頼番号 " + request.getReference() + "）", "document " + d.getId()));
        return found;
    }

    private boolean isOpinionOf(OpinionRequest request, IssuedDocument document) {
        return submissions.submittedFor(request.getId())
                .filter(o -> Long.valueOf(document.getId()).equals(o.getDocumentId())).isPresent();
    }

    private OpinionRequest common(LinkAccess access, String token, Model model, String purpose) {
        OpinionRequest request = requests.get(access.requestId());
        CertificationApplication application = applications.get(access.caseId());
        var person = application.getInsuredPerson();
        audit.read(access.caseId(), person.getInsuredNumber(), DOCUMENT, purpose + request.getReference() + "）");
        model.addAttribute("token", token);
        model.addAttribute("request", request);
        model.addAttribute("insurerName", application.getInsurer().getName());
        model.addAttribute("patientName", person.getName());
        model.addAttribute("patientKana", person.getNameKana());
        model.addAttribute("patientBirthDate", JapaneseDates.format(person.getBirthDate()));
        model.addAttribute("patientAge", person.ageOn(clock.today()));
        model.addAttribute("patientSex", person.getSex().label());
        model.addAttribute("patientAddress", person.getAddress());
        model.addAttribute("applicationType", application.getApplicationType().label());
        model.addAttribute("due", JapaneseDates.format(request.getDueDate()));
        links.live(request).ifPresent(link -> model.addAttribute("expires",
                JapaneseDates.format(java.time.LocalDate.ofInstant(link.getExpiresAt(), clock.zone()))));
        documents.latest(OpinionDocumentKinds.REQUEST_LETTER, request.getReference())
                .ifPresent(letter -> model.addAttribute("letterId", letter.getId()));
        return request;
    }

    private String insuredNumber(LinkAccess access) {
        return applications.get(access.caseId()).getInsuredPerson().getInsuredNumber();
    }

    private static void addChoices(Model model) {
        for (Class<?> type : OpinionChoices.class.getDeclaredClasses()) {
            if (type.isEnum()) {
                String name = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
                model.addAttribute(name + "Choices", List.of(type.getEnumConstants()));
            }
        }
    }

    static String notice(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "saved" -> "下書きを保存しました。このページのURLから、いつでも続きを入力できます。";
            case "submitted" -> "意見書を提出しました。ご協力ありがとうございました。提出した内容は下記のとおりです。";
            case "answered" -> "この依頼には既に回答済みのため、変更は保存されていません。提出済みの内容は下記のとおりです。";
            default -> null;
        };
    }
}
