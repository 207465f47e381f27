package jp.nintei.board.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.IntakeRequest;
import jp.nintei.application.IntakeService;
import jp.nintei.board.BoardPanel;
import jp.nintei.board.BoardSession;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.insured.Insurer;
import jp.nintei.insured.InsurerRepository;
import jp.nintei.insured.Sex;
import jp.nintei.primary.CareTime;
import jp.nintei.primary.PrimaryDeterminationService;
import jp.nintei.primary.PrimaryFixtures;
import jp.nintei.primary.PrimaryResultInput;
import jp.nintei.security.Roles;
import jp.nintei.support.BoardDriver;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.office.OfficeKind;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.opinion.OpinionChoices.Consent;
import jp.nintei.opinion.OpinionContent;
import jp.nintei.opinion.OpinionTestData;
import jp.nintei.opinion.registry.InstitutionDetails;
import jp.nintei.opinion.registry.PhysicianDetails;
import jp.nintei.opinion.registry.PhysicianRegistry;
import jp.nintei.survey.PlaceKind;
import jp.nintei.survey.SurveyAnswers;
import jp.nintei.survey.SurveyAnswers.Overview;
import jp.nintei.survey.SurveyCatalog;
import jp.nintei.survey.SurveyFixtures;
import jp.nintei.survey.SurveyorRegistry;
import jp.nintei.time.BusinessClock;

/**
 * A packet generated through the processes, parsed back: the member copy contains none of the
 * case's identifiers (distinctive names, also inside free text), the secretariat copy contains
 * them all, the font is embedded and subset, the copy carries the member's name, and the
 * register's SHA-256 matches the bytes. Both PDFs are kept under target/test-pdfs.
 */
@ProcessTest
class BoardPacketContentTest {

    static final String NAME = "雲雀丘 珠緒";
    static final String KANA = "ヒバリガオカ タマオ";
    static final String INSURER = "鶺鴒台町";
    static final String ADDRESS = "鶺鴒台町雲雀丘3-7-11";
    static final String SURVEYOR_LAST = "金魚草";
    static final String PHYSICIAN = "蒲公英 権兵衛";
    static final String INSTITUTION = "鶺鴒台町立鶺鴒病院";
    static final String DAUGHTER = "麻衣";
    static final String SURVEY_OFFICE = "鶺鴒台町社会福祉協議会";
    static final String SURVEY_OFFICE_NUMBER = "9999007711";
    static final String INSTITUTION_NUMBER = "9900007711";
    static final String PHYSICIAN_CODE = "P-TANPOPO";
    static final String PLACE = "自宅（長女の雲雀丘 麻衣さん同席、" + ADDRESS + "）";
    /** 特記事項 of item 2-5 naming the daughter, the physician and the surveyor's office. */
    static final String SURVEY_NOTE = "夜間は長女の雲雀丘 麻衣さんが介助。" + INSTITUTION + "の蒲公英医師に相談済み。"
            + SURVEY_OFFICE + "が確認。";
    static final String OPINION_NOTE = "雲雀丘 珠緒様は" + ADDRESS + "で長女と同居。" + PHYSICIAN + "が往診。";

    @Autowired CaseDriver cases;
    @Autowired BoardDriver board;
    @Autowired IntakeService intake;
    @Autowired InsurerRepository insurers;
    @Autowired InsuredPersonRepository persons;
    @Autowired IdentityService identity;
    @Autowired TestData data;
    @Autowired BoardPackets packets;
    @Autowired IssuedDocuments documents;
    @Autowired BusinessClock clock;
    @Autowired OfficeRegistry offices;
    @Autowired SurveyorRegistry surveyors;
    @Autowired SurveyCatalog catalog;
    @Autowired PhysicianRegistry registry;
    @Autowired PrimaryDeterminationService primary;

    @Test
    void theMemberCopyHasNoIdentifierAndTheSecretariatCopyHasThemAll() throws IOException {
        LocalDate today = clock.today();
        InsuredPerson person = distinctivePerson(today);
        String caseId = intake.receive(new IntakeRequest(person.getInsuredNumber(), ApplicationType.NEW, today.minusDays(2),
                ApplicantKind.FAMILY, "雲雀丘 麻衣", null, null, true, null, PHYSICIAN, INSTITUTION)).getCaseId();
        cases.confirmIntake(caseId);
        String surveyor = surveyor();
        cases.completeSurvey(caseId, surveyor, surveyAt(surveyor));
        cases.completeOpinion(caseId, physician(), opinionNaming());
        cases.completePrimary(caseId, CareLevel.CARE_2);
        cases.complete(caseId, "Task_ReviewMasking", Map.of("additionalMaskTerms", DAUGHTER));
        BoardPanel panel = board.panel("資料" + TestData.uniqueNumber());
        BoardSession session = board.session(panel, today.plusDays(8));
        cases.complete(caseId, "Task_AllocateSession", Map.of("sessionNumber", session.getId()));
        board.fix(session.getId());

        var chair = panel.chair().orElseThrow();
        PacketCopy memberCopy = packets.memberCopy(session.getId(), chair.getId()).orElseThrow();
        PacketCopy secretariatCopy = packets.secretariatCopy(session.getId()).orElseThrow();
        byte[] memberPdf = packets.document(memberCopy).getContent();
        byte[] secretariatPdf = packets.document(secretariatCopy).getContent();
        keep("board-packet-member-masked.pdf", memberPdf);
        keep("board-packet-secretariat.pdf", secretariatPdf);

        List<String> identifiers = List.of(NAME, "雲雀丘", "珠緒", KANA, "ヒバリガオカ", "タマオ", ADDRESS,
                person.getInsuredNumber(), INSURER, "0299-77-0011", SURVEYOR_LAST, SURVEY_OFFICE, "蒲公英", "権兵衛", INSTITUTION, "鶺鴒病院",
                DAUGHTER);
        try (PDDocument document = Loader.loadPDF(memberPdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("委員用", caseId, "要介護2", "A1", "Ⅱa", "自宅（長女の＊＊＊さん同席、＊＊＊）",
                    "交付先: " + chair.getName() + " 委員（" + chair.getLoginId() + "）");
            assertThat(oneLine(text)).contains("夜間は長女の＊＊＊さんが介助。＊＊＊の＊＊＊医師に相談済み。＊＊＊が確認。",
                    "主治医意見書 特記すべき事項", "＊＊＊様は＊＊＊で長女と同居。＊＊＊が往診。", "前回の調査なし");
            for (String identifier : identifiers) {
                assertThat(text).as("member copy must not contain " + identifier).doesNotContain(identifier);
            }
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).contains("委員用");
            assertThat(info.getAuthor()).isEqualTo("介護認定審査会事務局");
            assertThat(info.getSubject()).contains(chair.getName());
            assertThat(String.join(" ", info.getTitle(), info.getAuthor(), info.getSubject(), info.getKeywords()))
                    .doesNotContain(INSURER, "雲雀丘");
            assertEmbeddedSubset(document);
        }
        try (PDDocument document = Loader.loadPDF(secretariatPdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("事務局用", caseId, NAME, KANA, ADDRESS, person.getInsuredNumber(), INSURER,
                    SURVEYOR_LAST, SURVEY_OFFICE, PHYSICIAN, INSTITUTION, "長女の雲雀丘 麻衣さん同席");
            assertThat(oneLine(text)).contains(SURVEY_NOTE, OPINION_NOTE);
            assertEmbeddedSubset(document);
        }
        assertThat(memberCopy.getSha256()).isEqualTo(IssuedDocuments.sha256(memberPdf))
                .isNotEqualTo(packets.memberCopy(session.getId(), panel.members().get(1).getId()).orElseThrow().getSha256());
    }

    /**
     * A 区分変更 of a person whose first case was decided: the packet shows the nine times, the
     * group scores beside the first case's, all 74 answers with the first survey beside them and
     * the changed ones marked, and the 特別な医療 now received.
     */
    @Test
    void aChangeApplicationShowsEveryAnswerAgainstThePreviousSurveyAndTheCharts() throws IOException {
        LocalDate today = clock.today();
        InsuredPerson person = distinctivePerson(today);
        String first = cases.receive(person, ApplicationType.NEW, today.minusDays(20));
        cases.confirmIntake(first);
        ClockUtil.setCurrentTime(Date.from(clock.now().minus(1, ChronoUnit.DAYS)));
        try {
            cases.completeSurvey(first);
        } finally {
            ClockUtil.reset();
        }
        cases.completeOpinion(first);
        cases.completePrimary(first, CareLevel.CARE_1);
        cases.allocateBoard(first, today.plusDays(7));
        cases.recordBoardResult(first, CareLevel.CARE_1, Map.of());
        cases.runDecision(first);
        cases.sendDecisionNotice(first);

        String second = cases.receive(person, ApplicationType.CHANGE, today);
        cases.confirmIntake(second);
        String surveyor = cases.surveyor(CaseDriver.SURVEYOR);
        SurveyAnswers changed = SurveyFixtures.with(SurveyFixtures.complete(catalog, cases.surveyTime(), surveyor), "2-5", 3);
        cases.completeSurvey(second, surveyor, new SurveyAnswers(changed.overview(), changed.choices(), List.of(5, 12),
                changed.bedriddenLevel(), changed.dementiaLevel(), changed.notes()));
        cases.completeOpinion(second);
        cases.openPrimaryEntry(second);
        cases.complete(second, "Task_EnterPrimaryResult", PrimaryFixtures.formVariables(care2WithWorseScores(second)));
        BoardPanel panel = board.panel("変更資料" + TestData.uniqueNumber());
        BoardSession session = board.session(panel, today.plusDays(8));
        cases.allocateBoardTo(second, session.getId());
        board.fix(session.getId());

        var chair = panel.chair().orElseThrow();
        byte[] pdf = packets.document(packets.memberCopy(session.getId(), chair.getId()).orElseThrow()).getContent();
        keep("board-packet-member.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = oneLine(new PDFTextStripper().getText(document));
            for (CareTime time : CareTime.values()) {
                assertThat(text).contains(time.label());
            }
            assertThat(text).contains("区分変更", "第1群 身体機能・起居動作", "62.5点", "前回 75.4", "前回の一次判定",
                    "要介護1", "A3、C12", "第5群 社会生活への適応", "その他（特別な医療・日常生活自立度）",
                    "特別な医療", "酸素療法", "ウロストーマ等", "（変更 1 項目）", "（変更 2 項目）", "◆");
            assertThat(text).contains("前回の調査").doesNotContain("前回の調査なし", "雲雀丘");
        }
    }

    /** 要介護2 as the 認定ソフト prints it: uneven times adding up to 55.0 and lower group scores than before. */
    private PrimaryResultInput care2WithWorseScores(String caseId) {
        PrimaryResultInput base = PrimaryFixtures.consistent(CareLevel.CARE_2, primary.basis(caseId));
        String[] minutes = {"8.2", "9.6", "5.1", "7.4", "6.3", "3.0", "4.8", "6.0", "4.6"};
        Map<String, BigDecimal> times = new LinkedHashMap<>();
        for (CareTime t : CareTime.values()) {
            times.put(t.key(), new BigDecimal(minutes[t.ordinal()]));
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        String[] points = {"62.5", "58.0", "66.1", "71.3", "40.2"};
        for (int g = 1; g <= 5; g++) {
            scores.put(String.valueOf(g), new BigDecimal(points[g - 1]));
        }
        return new PrimaryResultInput(times, base.totalMinutes(), scores, List.of("A3", "C12"), base.stability(),
                base.dementiaProbability(), base.survey(), base.opinion(), base.careLevel(), base.basedOnSurveyVersion());
    }

    private InsuredPerson distinctivePerson(LocalDate today) {
        Insurer insurer = insurers.findByInsurerNumber("998801").orElseGet(() -> insurers.save(new Insurer("998801", INSURER)));
        var person = new InsuredPerson(insurer, TestData.uniqueNumber(), NAME, KANA, today.minusYears(84), Sex.FEMALE, ADDRESS);
        person.updateContact("311-0000", ADDRESS, "0299-77-0011");
        return persons.save(person);
    }

    /** A surveyor of a distinctive (municipal) survey office, created once. */
    private String surveyor() {
        String id = "surveyor.kingyo";
        if (identity.createUserQuery().userId(id).count() == 0) {
            var user = identity.newUser(id);
            user.setLastName(SURVEYOR_LAST);
            user.setFirstName("薫");
            user.setPassword(TestData.PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, Roles.groupId(Roles.SURVEYOR));
        }
        if (offices.find(SURVEY_OFFICE_NUMBER).isEmpty()) {
            offices.save(SURVEY_OFFICE_NUMBER, SURVEY_OFFICE, OfficeKind.MUNICIPALITY, ADDRESS, null);
        }
        surveyors.register(id, SURVEY_OFFICE_NUMBER, true);
        return id;
    }

    /** The standard complete survey, held at home with the daughter present (named in the free text). */
    private SurveyAnswers surveyAt(String surveyor) {
        SurveyAnswers answers = SurveyFixtures.complete(catalog, cases.surveyTime(), surveyor);
        Overview o = answers.overview();
        Overview place = new Overview(o.surveyedAt(), PlaceKind.OTHER, PLACE, o.surveyorId(), o.services(),
                o.facility(), o.family(), o.housing());
        Map<String, String> notes = new java.util.HashMap<>(answers.notes());
        notes.put("2-5", SURVEY_NOTE);
        return new SurveyAnswers(place, answers.choices(), answers.specialMedicalCare(), answers.bedriddenLevel(),
                answers.dementiaLevel(), notes);
    }

    /** The standard complete opinion whose 特記すべき事項 names the person, the address and the physician. */
    private OpinionContent opinionNaming() {
        OpinionContent opinion = OpinionTestData.complete(clock.today());
        opinion.setSpecialNotes(OPINION_NOTE);
        opinion.setConsent(Consent.AGREE);
        return opinion;
    }

    /** PDF text without its line breaks, so a sentence wrapped across lines reads as one. */
    static String oneLine(String text) {
        return text.replaceAll("\\R", "");
    }

    /** A physician with a distinctive name at a distinctive institution, registered once. */
    private String physician() {
        if (registry.physician(PHYSICIAN_CODE).isEmpty()) {
            registry.saveInstitution(INSTITUTION_NUMBER, new InstitutionDetails(INSTITUTION, "311-0001", ADDRESS,
                    "0299-77-1234", "0299-77-1235", "byoin@sekirei.example.jp", true, true));
            registry.savePhysician(INSTITUTION_NUMBER, PHYSICIAN_CODE,
                    new PhysicianDetails(PHYSICIAN, "たんぽぽ ごんべえ", "内科", false, true));
        }
        return PHYSICIAN_CODE;
    }

    private static void assertEmbeddedSubset(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+IPAexGothic.*");
        });
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Files.createDirectories(Path.of("target/test-pdfs"));
        Files.write(Path.of("target/test-pdfs", name), pdf);
    }
}
