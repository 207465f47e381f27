package jp.nintei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.IntakeRequest;
import jp.nintei.application.IntakeService;
import jp.nintei.board.BoardPanel;
import jp.nintei.board.BoardSession;
import jp.nintei.board.packet.BoardPackets;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.insured.Sex;
import jp.nintei.opinion.OpinionContent;
import jp.nintei.opinion.OpinionService;
import jp.nintei.opinion.OpinionSteps;
import jp.nintei.opinion.OpinionTestData;
import jp.nintei.security.Roles;
import jp.nintei.support.BoardDriver;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.survey.SurveyAnswers;
import jp.nintei.survey.SurveyCatalog;
import jp.nintei.survey.SurveyFixtures;
import jp.nintei.time.BusinessClock;

/**
 * HTML and script typed into free-text fields (the insured person's name, the applicant, a
 * survey 特記事項, the physician's opinion) through a whole case: the staff pages show it escaped,
 * and the PDFs (the secretariat's packet, the opinion copy) print it literally as text, neither
 * interpreted nor lost. The PDF copies are kept under target/test-pdfs.
 */
@ProcessTest
@AutoConfigureMockMvc
class HostileTextInDocumentsTest {

    static final String NAME = "<b>雲雀</b> 珠緒";
    static final String APPLICANT = "<script>alert(1)</script>";
    static final String NOTE = "右膝に痛み <script>alert('特記')</script> & 夜間";
    static final String OPINION = "<img src=x onerror=alert(2)> 杖歩行";

    @Autowired MockMvc mvc;
    @Autowired CaseDriver cases;
    @Autowired BoardDriver board;
    @Autowired IntakeService intake;
    @Autowired InsuredPersonRepository persons;
    @Autowired TestData data;
    @Autowired BoardPackets packets;
    @Autowired IssuedDocuments documents;
    @Autowired OpinionService opinions;
    @Autowired BusinessClock clock;
    @Autowired SurveyCatalog catalog;
    @Autowired OpinionTestData opinionData;

    @Test
    void freeTextIsEscapedOnPagesAndPrintedLiterallyInPdfs() throws Exception {
        LocalDate today = clock.today();
        InsuredPerson person = persons.save(new InsuredPerson(data.insurer(), TestData.uniqueNumber(), NAME,
                "ヒバリ タマオ", today.minusYears(84), Sex.FEMALE, "テスト市1-2-3"));
        String caseId = intake.receive(new IntakeRequest(person.getInsuredNumber(), ApplicationType.NEW, today.minusDays(2),
                ApplicantKind.FAMILY, APPLICANT, null, null, true, null, "主治医 一郎", "テスト病院")).getCaseId();
        cases.confirmIntake(caseId);
        String surveyor = cases.surveyor(CaseDriver.SURVEYOR);
        SurveyAnswers a = SurveyFixtures.complete(catalog, cases.surveyTime(), surveyor);
        cases.completeSurvey(caseId, surveyor, new SurveyAnswers(a.overview(), a.choices(), a.specialMedicalCare(),
                a.bedriddenLevel(), a.dementiaLevel(), Map.of("1-1", NOTE)));
        OpinionContent opinion = OpinionTestData.complete(today);
        opinion.setSpecialNotes(OPINION);
        cases.completeOpinion(caseId, opinionData.driverPhysician(), opinion);
        cases.completePrimary(caseId, CareLevel.CARE_2);
        cases.complete(caseId, "Task_ReviewMasking", Map.of());
        BoardPanel panel = board.panel("敵対" + TestData.uniqueNumber());
        BoardSession session = board.session(panel, today.plusDays(8));
        cases.complete(caseId, "Task_AllocateSession", Map.of("sessionNumber", session.getId()));
        board.fix(session.getId());

        assertThat(page("/staff/cases/" + caseId))
                .contains("&lt;b&gt;雲雀&lt;/b&gt; 珠緒", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain(NAME, APPLICANT);
        assertThat(page("/survey/cases/" + caseId))
                .contains("右膝に痛み &lt;script&gt;alert(&#39;特記&#39;)&lt;/script&gt; &amp; 夜間")
                .doesNotContain("<script>alert('特記')");
        assertThat(page("/staff/cases/" + caseId + "/opinion"))
                .contains("&lt;img src=x onerror=alert(2)&gt; 杖歩行")
                .doesNotContain("<img src=x");

        byte[] packet = packets.document(packets.secretariatCopy(session.getId()).orElseThrow()).getContent();
        keep("hostile-packet-secretariat.pdf", packet);
        assertThat(OpinionSteps.pdfText(packet).replace("\n", "")).contains(NAME, NOTE);
        byte[] opinionCopy = documents.get(opinions.latest(caseId).orElseThrow().documentId()).orElseThrow().getContent();
        keep("hostile-opinion-copy.pdf", opinionCopy);
        assertThat(OpinionSteps.pdfText(opinionCopy).replace("\n", "")).contains(NAME, OPINION);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("hostile.pages").roles(Roles.STAFF)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Files.createDirectories(Path.of("target/test-pdfs"));
        Files.write(Path.of("target/test-pdfs", name), pdf);
    }
}
