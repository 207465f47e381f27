package jp.nintei.board.packet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import jp.nintei.board.packet.PacketView.PrimaryView;
import jp.nintei.board.packet.PacketView.SessionHeader;
import jp.nintei.board.packet.PacketView.Summary;
import jp.nintei.board.packet.PacketView.Tick;
import jp.nintei.insured.Certificate;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.opinion.OpinionService;
import jp.nintei.opinion.PhysicianOpinion;
import jp.nintei.primary.PrimaryDetermination;
import jp.nintei.primary.PrimaryDeterminationService;
import jp.nintei.survey.SurveyService;
import jp.nintei.survey.SurveyView;
import jp.nintei.time.JapaneseDates;

/**
 * Builds the one view model both editions of a session's packet are rendered from. The member
 * edition differs in two ways only: no identity block, and every free text passed through the
 * case's {@link Masking}.
 */
@Component
public class PacketAssembler {

    static final String NOT_RECORDED = "—";
    /** 要介護認定等基準時間の区分 (平成11年厚生省令58号): where each level starts, in minutes. */
    static final int[][] THRESHOLDS = {{25, 1}, {32, 2}, {50, 3}, {70, 4}, {90, 5}, {110, 6}};
    static final String[] THRESHOLD_LABELS = {"", "要支援1", "要支援2・要介護1", "要介護2", "要介護3", "要介護4", "要介護5"};

    private final Allocations allocations;
    private final ApplicationService applications;
    private final SurveyService surveys;
    private final OpinionService opinions;
    private final PrimaryDeterminationService primary;
    private final MaskTermRepository maskTerms;

    PacketAssembler(Allocations allocations, ApplicationService applications, SurveyService surveys,
            OpinionService opinions, PrimaryDeterminationService primary,
            MaskTermRepository maskTerms) {
        this.allocations = allocations;
        this.applications = applications;
        this.surveys = surveys;
        this.opinions = opinions;
        this.primary = primary;
        this.maskTerms = maskTerms;
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
        return new CaseSheet(order, caseId, edition == Edition.MEMBER ? null : identity,
                summary(application, survey, opinion, masking), primaryView(application),
                independence(opinion), List.of(), List.of(), List.of(), List.of(), List.of());
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
                survey.map(v -> v.answers().overview().place()).map(masking::apply).orElse(NOT_RECORDED),
                opinion.map(PhysicianOpinion::getReceivedDate).map(JapaneseDates::format).orElse(NOT_RECORDED),
                previous == null ? "なし" : previous.getCareLevel().label(),
                previous == null ? NOT_RECORDED
                        : JapaneseDates.format(previous.getValidFrom()) + "〜" + JapaneseDates.format(previous.getValidTo()));
    }

    private PrimaryView primaryView(CertificationApplication application) {
        Optional<PrimaryDetermination> result = primary.of(application.getCaseId());
        String previousLevel = Optional.ofNullable(application.getPreviousCertificate())
                .map(Certificate::getCaseId).flatMap(primary::of)
                .map(p -> p.getCareLevel().label()).orElse(NOT_RECORDED);
        BigDecimal total = result.map(PrimaryDetermination::getStandardTimeMinutes).orElse(BigDecimal.ZERO);
        int scale = scaleMax(total);
        List<Tick> ticks = new ArrayList<>();
        for (int[] t : THRESHOLDS) {
            ticks.add(new Tick(t[0] + "分 " + THRESHOLD_LABELS[t[1]], percent(BigDecimal.valueOf(t[0]), scale)));
        }
        return new PrimaryView(result.map(p -> p.getCareLevel().label()).orElse(NOT_RECORDED), previousLevel,
                result.map(p -> p.getStandardTimeMinutes().toPlainString()).orElse(NOT_RECORDED),
                percent(total, scale), List.of(), ticks, List.of(), List.of(), NOT_RECORDED, NOT_RECORDED);
    }

    private static List<Independence> independence(Optional<PhysicianOpinion> opinion) {
        return List.of(
                new Independence("障害高齢者の日常生活自立度（寝たきり度）", NOT_RECORDED,
                        opinion.map(o -> o.getBedriddenLevel().label()).orElse(NOT_RECORDED)),
                new Independence("認知症高齢者の日常生活自立度", NOT_RECORDED,
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

    /** The chart runs to at least 130 minutes so the 要介護5 threshold (110) is always visible. */
    static int scaleMax(BigDecimal total) {
        int rounded = total.setScale(-1, RoundingMode.UP).intValue() + 10;
        return Math.max(130, rounded);
    }

    static String percent(BigDecimal minutes, int scale) {
        return String.format(Locale.ROOT, "%.2f", Math.min(100.0, minutes.doubleValue() * 100.0 / scale));
    }
}
