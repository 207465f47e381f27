package jp.nintei.board.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.board.Allocations;
import jp.nintei.board.BoardAllocation;
import jp.nintei.board.BoardSession;
import jp.nintei.board.member.BoardMember;
import jp.nintei.board.packet.PacketView.CaseSheet;
import jp.nintei.board.packet.PacketView.Edition;
import jp.nintei.board.packet.PacketView.Identity;
import jp.nintei.board.packet.PacketView.Independence;
import jp.nintei.board.packet.PacketView.Note;
import jp.nintei.board.packet.PacketView.SessionHeader;
import jp.nintei.board.packet.PacketView.Summary;
import jp.nintei.insured.Certificate;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.opinion.OpinionService;
import jp.nintei.opinion.OpinionView;
import jp.nintei.opinion.PhysicianOpinion;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;
import jp.nintei.survey.SurveyAnswers.Overview;
import jp.nintei.survey.SurveyService;
import jp.nintei.survey.SurveyView;
import jp.nintei.time.JapaneseDates;

/**
 * Builds the one view model both editions of a session's packet are rendered from. The member
 * edition differs in two ways only: no identity block, and every free text passed through the
 * case's {@link Masking}. The stages' parts come from {@link PrimarySheet}, {@link SurveySheet}
 * and {@link OpinionSheet}.
 */
@Component
public class PacketAssembler {

    static final String NOT_RECORDED = "—";

    private final Allocations allocations;
    private final ApplicationService applications;
    private final SurveyService surveys;
    private final OpinionService opinions;
    private final MaskTermRepository maskTerms;
    private final PrimarySheet primarySheet;
    private final SurveySheet surveySheet;
    private final OpinionSheet opinionSheet;

    PacketAssembler(Allocations allocations, ApplicationService applications, SurveyService surveys,
            OpinionService opinions, MaskTermRepository maskTerms, PrimarySheet primarySheet,
            SurveySheet surveySheet, OpinionSheet opinionSheet) {
        this.allocations = allocations;
        this.applications = applications;
        this.surveys = surveys;
        this.opinions = opinions;
        this.maskTerms = maskTerms;
        this.primarySheet = primarySheet;
        this.surveySheet = surveySheet;
        this.opinionSheet = opinionSheet;
    }

    @Transactional(readOnly = true)
    public PacketView assemble(BoardSession session, Edition edition, String issuedOn) {
        List<CaseSheet> cases = new ArrayList<>();
        for (BoardAllocation a : allocations.inSession(session.getId())) {
            cases.add(caseSheet(a.getCaseId(), a.getPosition(), edition));
        }
        return new PacketView(edition, header(session), session.getAllocationRevision(), issuedOn, cases);
    }

    /** One case on its own, e.g. for the masking review before allocation. */
    @Transactional(readOnly = true)
    public CaseSheet caseSheet(String caseId, int order, Edition edition) {
        CertificationApplication application = applications.get(caseId);
        Optional<SurveyView> survey = surveys.current(caseId);
        Optional<PhysicianOpinion> opinion = opinions.of(caseId);
        Identity identity = identity(application, survey, opinion);
        Masking masking = edition == Edition.MEMBER ? masking(application, identity) : Masking.builder().build();
        Optional<OpinionView> opinionView = opinionSheet.of(caseId);
        List<Note> notes = new ArrayList<>(surveySheet.notes(survey, masking));
        notes.addAll(opinionSheet.notes(opinionView, masking));
        return new CaseSheet(order, caseId, edition == Edition.MEMBER ? null : identity,
                summary(application, survey, opinion, masking), primarySheet.of(application),
                independence(survey, opinion), surveySheet.answers(survey), surveySheet.specialMedicalCare(survey),
                surveySheet.services(survey, masking), opinionSheet.items(opinionView, masking), notes);
    }

    /** The case's identifiers as the member edition masks them. */
    @Transactional(readOnly = true)
    public Masking maskingOf(String caseId) {
        CertificationApplication application = applications.get(caseId);
        return masking(application, identity(application, surveys.current(caseId), opinions.of(caseId)));
    }

    private Masking masking(CertificationApplication application, Identity identity) {
        InsuredPerson person = application.getInsuredPerson();
        var builder = Masking.builder()
                .name(person.getName()).kana(person.getNameKana())
                .address(person.getAddress()).number(person.getInsuredNumber())
                .number(person.getPhone()).number(person.getPostalCode())
                .municipality(application.getInsurer().getName())
                .term(identity.surveyOffice()).name(identity.surveyor())
                .term(identity.institution()).name(identity.physician())
                .term(application.getMedicalInstitutionName()).name(application.getAttendingPhysicianName())
                .name(application.getApplicantName()).term(application.getProxyOfficeName());
        maskTerms.findByCaseIdOrderById(application.getCaseId()).forEach(t -> builder.term(t.getTerm()));
        return builder.build();
    }

    private Identity identity(CertificationApplication application, Optional<SurveyView> survey,
            Optional<PhysicianOpinion> opinion) {
        InsuredPerson person = application.getInsuredPerson();
        return new Identity(person.getName(), person.getNameKana(), JapaneseDates.format(person.getBirthDate()),
                person.getAddress(), person.getInsuredNumber(), application.getInsurer().getName(),
                survey.map(SurveyView::officeName).orElse(null), survey.map(SurveyView::surveyorName).orElse(null),
                opinion.map(PhysicianOpinion::getInstitutionName).orElse(application.getMedicalInstitutionName()),
                opinion.map(PhysicianOpinion::getPhysicianName).orElse(application.getAttendingPhysicianName()));
    }

    private static Summary summary(CertificationApplication application, Optional<SurveyView> survey,
            Optional<PhysicianOpinion> opinion, Masking masking) {
        InsuredPerson person = application.getInsuredPerson();
        Certificate previous = application.getPreviousCertificate();
        return new Summary(application.getApplicationType().label(),
                person.ageOn(application.getReceivedDate()) + "歳", person.getSex().label(),
                JapaneseDates.format(application.getReceivedDate()),
                survey.map(v -> v.surveyedAt().toLocalDate()).map(JapaneseDates::format).orElse(NOT_RECORDED),
                survey.map(v -> place(v.answers().overview(), masking)).orElse(NOT_RECORDED),
                opinion.map(PhysicianOpinion::getReceivedDate).map(JapaneseDates::format).orElse(NOT_RECORDED),
                previous == null ? "なし" : previous.getCareLevel().label(),
                previous == null ? NOT_RECORDED
                        : JapaneseDates.format(previous.getValidFrom()) + "〜" + JapaneseDates.format(previous.getValidTo()));
    }

    /** The place as the surveyor wrote it, masked; else the kind ticked on the form (自宅内/自宅外). */
    private static String place(Overview overview, Masking masking) {
        if (overview.place() != null && !overview.place().isBlank()) {
            return masking.apply(overview.place());
        }
        return overview.placeKind() == null ? NOT_RECORDED : overview.placeKind().label();
    }

    private static List<Independence> independence(Optional<SurveyView> survey, Optional<PhysicianOpinion> opinion) {
        return List.of(
                new Independence("障害高齢者の日常生活自立度（寝たきり度）",
                        survey.map(SurveyView::bedriddenLevel).map(BedriddenLevel::label).orElse(NOT_RECORDED),
                        opinion.map(o -> o.getBedriddenLevel().label()).orElse(NOT_RECORDED)),
                new Independence("認知症高齢者の日常生活自立度",
                        survey.map(SurveyView::dementiaLevel).map(DementiaLevel::label).orElse(NOT_RECORDED),
                        opinion.map(o -> o.getDementiaLevel().label()).orElse(NOT_RECORDED)));
    }

    private static SessionHeader header(BoardSession session) {
        return new SessionHeader(session.getId(), "第" + session.getId() + "回 介護認定審査会",
                JapaneseDates.format(session.getSessionDate()), session.getStartTime().toString(), session.getPlace(),
                session.getPanel().getName(),
                session.getPanel().members().stream().map(m -> memberLine(session, m)).toList());
    }

    private static String memberLine(BoardSession session, BoardMember m) {
        boolean chair = session.getPanel().chair().map(c -> c.getId().equals(m.getId())).orElse(false);
        return m.getName() + "（" + m.getField().label() + (chair ? "・合議体の長" : "") + "）";
    }
}
