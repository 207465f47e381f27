package jp.nintei.board.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import jp.nintei.board.packet.PacketView.Edition;
import jp.nintei.document.PdfRenderer;

/**
 * The packet template with every section filled: running header with the case number on each
 * page, page numbers, charts drawn as boxes (no images), change marks. Kept under
 * target/test-pdfs for looking at (pdftoppm -png -r 80).
 */
class PacketTemplateTest {

    static PdfRenderer renderer() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new PdfRenderer(engine);
    }

    @Test
    void everySectionRendersWithTheCaseNumberOnEachPage() throws IOException {
        long started = System.nanoTime();
        byte[] pdf = renderer().render(BoardPackets.TEMPLATE, Map.of("packet", SamplePackets.full(Edition.SECRETARIAT)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        Files.createDirectories(Path.of("target/test-pdfs"));
        Files.write(Path.of("target/test-pdfs/board-packet-sample.pdf"), pdf);
        System.out.println("sample packet rendered in " + millis + " ms, " + pdf.length + " bytes");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            var stripper = new PDFTextStripper();
            for (int page = 2; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page " + page)
                        .containsPattern("案件番号 2026-00010[12]").contains("頁 " + page + " / " + pages);
            }
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().isImageXObject(name)).as("charts are vector boxes, not images").isFalse();
                }
            }
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("食事", "認知症加算", "第3群 認知機能", "◆", "前回の調査", "つかまらないでできる", "A03",
                    "（変更 1 項目）", "1. 傷病に関する意見", "前回 74.0");
        }
    }

    /** The member edition of the same sample with a member's watermark, as docs/ shows it. */
    @Test
    void theMemberEditionCarriesTheWatermarkAndNoIdentityBlock() throws IOException {
        PdfRenderer renderer = renderer();
        byte[] edition = renderer.render(BoardPackets.TEMPLATE, Map.of("packet", SamplePackets.full(Edition.MEMBER)));
        Map<String, Object> model = new java.util.HashMap<>(Map.of("memberName", "委員 花子", "loginId", "iin.hanako",
                "sessionNumber", 12, "revision", 2));
        model.put("part", "mark");
        byte[] mark = renderer.render(BoardPackets.WATERMARK_TEMPLATE, model);
        model.put("part", "recipient");
        byte[] recipient = renderer.render(BoardPackets.WATERMARK_TEMPLATE, model);
        byte[] pdf = Watermark.apply(edition, mark, recipient, "第12回 介護認定審査会 資料（委員用）", "委員 花子 委員用 第2版");
        Files.createDirectories(Path.of("target/test-pdfs"));
        Files.write(Path.of("target/test-pdfs/board-packet-sample-member.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("委員用", "交付先: 委員 花子 委員（iin.hanako）").doesNotContain("雲雀丘", "氏名（フリガナ）");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("委員 花子 委員用 第2版");
        }
    }
}
