package jp.nintei.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.CertificationApplication;
import jp.nintei.document.DocumentDraft;
import jp.nintei.document.IssuedDocument;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.document.PdfRenderer;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.mail.MailMessage;
import jp.nintei.mail.Mailer;
import jp.nintei.opinion.registry.MedicalInstitution;
import jp.nintei.time.BusinessClock;
import jp.nintei.time.JapaneseDates;

/**
 * The documents and mails of the round trip. Letters (依頼書, 督促状, 修正依頼) and the opinion
 * copy are PDFs from templates/opinion/, issued into the document register; mails are queued in
 * the outbox and carry no personal data of the patient: the physician sees that behind the link.
 */
@Component
class OpinionDocuments {

    static final String REQUEST_LETTER = OpinionDocumentKinds.REQUEST_LETTER;
    static final String REMINDER_LETTER = OpinionDocumentKinds.REMINDER_LETTER;
    static final String CORRECTION_LETTER = OpinionDocumentKinds.CORRECTION_LETTER;
    static final String OPINION = OpinionDocumentKinds.OPINION;

    enum LetterKind {
        REQUEST("主治医意見書作成依頼書"), REMINDER("主治医意見書の提出について（督促）"), CORRECTION("主治医意見書の修正について（依頼）");

        final String title;

        LetterKind(String title) {
            this.title = title;
        }
    }

    private final PdfRenderer renderer;
    private final IssuedDocuments documents;
    private final Mailer mailer;
    private final OpinionFormatter formatter;
    private final OpinionProperties properties;
    private final BusinessClock clock;

    OpinionDocuments(PdfRenderer renderer, IssuedDocuments documents, Mailer mailer, OpinionFormatter formatter,
            OpinionProperties properties, BusinessClock clock) {
        this.renderer = renderer;
        this.documents = documents;
        this.mailer = mailer;
        this.formatter = formatter;
        this.properties = properties;
        this.clock = clock;
    }

    /** The 依頼書 with the link; a new link is the next version of the same letter. */
    @Transactional(propagation = Propagation.MANDATORY)
    IssuedDocument requestLetter(CertificationApplication application, OpinionRequest request, String url, Instant expiresAt) {
        Map<String, Object> model = letterModel(LetterKind.REQUEST, application, request);
        model.put("url", url);
        model.put("expires", JapaneseDates.format(LocalDate.ofInstant(expiresAt, clock.zone())));
        return issue(REQUEST_LETTER, request.getReference(), LetterKind.REQUEST, application, request, model);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    IssuedDocument reminderLetter(CertificationApplication application, OpinionRequest request, int seq) {
        Map<String, Object> model = letterModel(LetterKind.REMINDER, application, request);
        model.put("seq", seq);
        model.put("overdue", !clock.today().isBefore(request.getDueDate()));
        return issue(REMINDER_LETTER, request.getReference() + "/" + seq, LetterKind.REMINDER, application, request, model);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    IssuedDocument correctionLetter(CertificationApplication application, OpinionRequest request, String reason,
            int opinionVersion) {
        Map<String, Object> model = letterModel(LetterKind.CORRECTION, application, request);
        model.put("reason", reason);
        model.put("opinionVersion", opinionVersion);
        return documents.issueIfChanged(new DocumentDraft(application.getCaseId(), CORRECTION_LETTER,
                request.getReference() + "/v" + opinionVersion, LetterKind.CORRECTION.title,
                fileName(LetterKind.CORRECTION, request), DocumentDraft.PDF,
                renderer.render("opinion/letter", model)));
    }

    /** The copy of a submitted opinion, as the physician downloads it and staff file it. */
    byte[] opinionPdf(CertificationApplication application, String physicianName, String institutionName, int version,
            Instant submittedAt, OpinionContent content) {
        Map<String, Object> model = new HashMap<>(patientModel(application));
        model.put("physicianName", physicianName);
        model.put("institutionName", institutionName);
        model.put("version", version);
        model.put("submitted", JapaneseDates.format(LocalDate.ofInstant(submittedAt, clock.zone())));
        model.put("sections", formatter.sections(content));
        return renderer.render("opinion/opinion", model);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    IssuedDocument issueOpinion(CertificationApplication application, int version, byte[] pdf) {
        return documents.issue(DocumentDraft.casePdf(application.getCaseId(), OPINION, "主治医意見書（第" + version + "版）",
                "opinion-" + application.getCaseId() + "-v" + version + ".pdf", pdf));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void requestMail(CertificationApplication application, OpinionRequest request, long linkId, String url,
            Instant expiresAt) {
        String text = greeting(request)
                + application.getInsurer().getName() + "から主治医意見書の作成をお願いします（依頼番号 " + request.getReference() + "）。\n"
                + "患者様のお名前などは、下記の専用ページでご確認ください。\n\n"
                + url + "\n\n"
                + "提出期限: " + JapaneseDates.format(request.getDueDate()) + "\n"
                + "このURLの有効期限: " + JapaneseDates.format(LocalDate.ofInstant(expiresAt, clock.zone())) + "\n"
                + "下書きを保存しながら入力でき、提出後は内容の確認とPDFの保存ができます。作成できない場合も同じページからお知らせください。\n"
                + "このURLは依頼先の先生専用です。転送しないでください。\n" + signature(application);
        mail(request, "opinion-request:" + request.getReference() + ":" + linkId, application,
                "【主治医意見書】作成のお願い（依頼番号 " + request.getReference() + "）", text);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void reminderMail(CertificationApplication application, OpinionRequest request, int seq) {
        boolean overdue = !clock.today().isBefore(request.getDueDate());
        String text = greeting(request)
                + "依頼番号 " + request.getReference() + " の主治医意見書について、"
                + (overdue ? "提出期限（" + JapaneseDates.format(request.getDueDate()) + "）を過ぎております。"
                        : "提出期限（" + JapaneseDates.format(request.getDueDate()) + "）が近づいております。") + "\n"
                + "お忙しいところ恐れ入りますが、先にお送りしたメールのURLからご提出ください。"
                + "URLが分からない場合や有効期限が切れた場合は、下記までご連絡ください。再発行いたします。\n"
                + signature(application);
        mail(request, "opinion-reminder:" + request.getReference() + ":" + seq, application,
                "【主治医意見書】ご提出のお願い（依頼番号 " + request.getReference() + "）", text);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void correctionMail(CertificationApplication application, OpinionRequest request, int opinionVersion) {
        String text = greeting(request)
                + "ご提出いただいた主治医意見書（依頼番号 " + request.getReference() + "）について、修正をお願いしたい点があります。\n"
                + "先にお送りしたメールのURLを開くと、修正のお願いの内容と提出済みの意見書が表示され、修正して再提出できます。\n"
                + signature(application);
        mail(request, "opinion-correction:" + request.getReference() + ":" + opinionVersion, application,
                "【主治医意見書】修正のお願い（依頼番号 " + request.getReference() + "）", text);
    }

    private void mail(OpinionRequest request, String key, CertificationApplication application, String subject,
            String text) {
        MedicalInstitution institution = request.getPhysician().getInstitution();
        mailer.send(key, application.getCaseId(), new MailMessage(institution.getEmail(), subject, text));
    }

    private IssuedDocument issue(String kind, String key, LetterKind letter, CertificationApplication application,
            OpinionRequest request, Map<String, Object> model) {
        return documents.issue(new DocumentDraft(application.getCaseId(), kind, key, letter.title,
                fileName(letter, request), DocumentDraft.PDF, renderer.render("opinion/letter", model)));
    }

    private Map<String, Object> letterModel(LetterKind kind, CertificationApplication application, OpinionRequest request) {
        MedicalInstitution institution = request.getPhysician().getInstitution();
        Map<String, Object> model = new HashMap<>(patientModel(application));
        model.put("kind", kind.name());
        model.put("title", kind.title);
        model.put("today", JapaneseDates.format(clock.today()));
        model.put("reference", request.getReference());
        model.put("institution", institution);
        model.put("physicianName", request.getPhysicianName());
        model.put("institutionName", request.getInstitutionName());
        model.put("electronic", request.isElectronic());
        model.put("due", JapaneseDates.format(request.getDueDate()));
        model.put("senderSection", properties.senderSection());
        model.put("senderPhone", properties.senderPhone());
        return model;
    }

    private Map<String, Object> patientModel(CertificationApplication application) {
        InsuredPerson person = application.getInsuredPerson();
        Map<String, Object> model = new HashMap<>();
        model.put("insurerName", application.getInsurer().getName());
        model.put("caseId", application.getCaseId());
        model.put("person", person);
        model.put("birthDate", JapaneseDates.format(person.getBirthDate()));
        model.put("sex", person.getSex().label());
        model.put("applicationType", application.getApplicationType().label());
        model.put("applicationDate", JapaneseDates.format(application.getReceivedDate()));
        return model;
    }

    private static String fileName(LetterKind letter, OpinionRequest request) {
        return "opinion-" + letter.name().toLowerCase() + "-" + request.getReference() + ".pdf";
    }

    private static String greeting(OpinionRequest request) {
        return request.getInstitutionName() + "\n" + request.getPhysicianName() + " 先生\n\n";
    }

    private String signature(CertificationApplication application) {
        return "\n--\n" + application.getInsurer().getName() + " " + properties.senderSection()
                + (properties.senderPhone() == null ? "" : "（電話 " + properties.senderPhone() + "）") + "\n"
                + "このメールは送信専用です。\n";
    }
}
