package jp.nintei.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.IntakeRequest;
import jp.nintei.application.IntakeService;
import jp.nintei.document.IssuedDocument;
import jp.nintei.document.IssuedDocuments;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.insured.Sex;
import jp.nintei.opinion.registry.Physician;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;

/**
 * The 依頼書 and the opinion copy, parsed back: text (names, 和暦 dates, the link, every section),
 * the embedded subset font, A4, metadata. Both are written to target/test-pdfs for looking at
 * (pdftoppm -png -r 80 target/test-pdfs/opinion-request-letter.pdf /tmp/letter).
 */
@ProcessTest
class OpinionDocumentsTest {

    static final LocalDate DAY = LocalDate.of(2026, 9, 14);

    @Autowired CaseDriver cases;
    @Autowired OpinionSteps stage;
    @Autowired OpinionTestData opinionData;
    @Autowired OpinionLinks links;
    @Autowired OpinionSubmissions submissions;
    @Autowired OpinionRequests requests;
    @Autowired IssuedDocuments documents;
    @Autowired IntakeService intake;
    @Autowired TestData data;
    @Autowired InsuredPersonRepository persons;

    @Test
    void requestLetterAndOpinionCopyReadBackCompletely() throws IOException {
        ClockUtil.setCurrentTime(Date.from(DAY.atTime(10, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant()));
        InsuredPerson person = data.elderly(DAY);
        person.updateIdentity("桜井 美和子", "サクライ ミワコ", LocalDate.of(1938, 2, 3), Sex.FEMALE);
        person.updateContact("100-0005", "テスト市桜町3丁目4番5号 さくらハイツ101", null);
        persons.save(person);
        String caseId = intake.receive(new IntakeRequest(person.getInsuredNumber(), ApplicationType.NEW, DAY.minusDays(2),
                ApplicantKind.SELF, null, null, null, true, null, "田中 誠", "桜町内科クリニック")).getCaseId();
        cases.confirmIntake(caseId);
        Physician physician = opinionData.physician(false, "田中 誠");
        stage.request(caseId, "Task_SelectPhysician", physician.getPhysicianCode());
        String token = stage.tokenFromLetter(caseId);

        IssuedDocument letter = documents.latest(OpinionDocumentKinds.REQUEST_LETTER, caseId + "-1").orElseThrow();
        keep("opinion-request-letter.pdf", letter.getContent());
        assertThat(letter.getSha256()).isEqualTo(IssuedDocuments.sha256(letter.getContent()));
        String letterText = OpinionSteps.pdfText(letter.getContent()).replace("\n", "");
        assertThat(letterText).contains("主治医意見書作成依頼書", "田中 誠 先生", "桜井 美和子", "サクライ ミワコ",
                "昭和13年2月3日", "令和8年9月14日", "令和8年9月27日", "介護保険法第27条第3項", "/physician/opinion/" + token,
                "令和8年10月14日");
        checkPdf(letter.getContent(), "主治医意見書作成依頼書", 1);

        OpinionContent content = OpinionTestData.complete(DAY);
        content.getDiagnoses().get(2).setName("変形性膝関節症");
        content.getDiagnoses().get(2).setOnset("2019-11-20");
        content.setStability(OpinionChoices.Stability.UNSTABLE);
        content.setInstabilityDetail("血圧の変動が大きく、服薬調整中");
        content.setBpsd(OpinionChoices.Presence.PRESENT);
        content.setBpsdSymptoms(java.util.EnumSet.of(OpinionChoices.Bpsd.WANDERING, OpinionChoices.Bpsd.OTHER));
        content.setBpsdOther("夕方の不穏");
        content.getContracture().setPresent(true);
        content.getContracture().setSite("右膝");
        content.getContracture().setDegree(OpinionChoices.Degree.MILD);
        var stored = submissions.submit(links.resolve(token).orElseThrow().requestId(), content,
                UUID.randomUUID().toString()).opinion();
        IssuedDocument copy = documents.get(stored.getDocumentId()).orElseThrow();
        keep("opinion-copy.pdf", copy.getContent());
        String text = OpinionSteps.pdfText(copy.getContent()).replace("\n", "");
        assertThat(text).contains("主治医意見書", "桜井 美和子", "田中 誠", "1. 傷病に関する意見", "脳梗塞後遺症",
                "令和5年4月", "変形性膝関節症", "令和元年11月20日", "不安定（血圧の変動が大きく、服薬調整中）",
                "2. 特別な医療", "点滴の管理", "モニター測定", "3. 心身の状態に関する意見", "A1", "Ⅱa",
                "徘徊、その他（夕方の不穏）", "右上肢（程度: 中）", "あり（部位: 右膝、程度: 軽）", "152.5 cm",
                "4. 生活機能とサービスに関する意見", "訪問リハビリテーション", "血圧: 収縮期160以上で入浴を控える",
                "5. 特記すべき事項", "右片麻痺あり", "同意する", "初回・在宅", "案件 " + caseId);
        checkPdf(copy.getContent(), "主治医意見書（第1版）", 2);
    }

    private static void checkPdf(byte[] pdf, String title, int maxPages) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(1, maxPages);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+IPAexGothic.*");
            });
        }
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Files.createDirectories(Path.of("target/test-pdfs"));
        Files.write(Path.of("target/test-pdfs", name), pdf);
    }
}
