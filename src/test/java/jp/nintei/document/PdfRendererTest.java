package jp.nintei.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.support.ProcessTest;

/** The shared PDF path: parsed back for text, embedded subset font, page size and metadata. */
@ProcessTest
class PdfRendererTest {

    @Autowired PdfRenderer renderer;

    @Test
    void rendersJapaneseWithTheEmbeddedSubsetFont() throws IOException {
        byte[] pdf = renderer.render("test/pdf-sample", Map.of("title", "認定結果通知書（試験）",
                "body", "山田 花子 様の要介護状態区分は要介護２です。<b>太字ではない</b>"));

        // Kept for looking at: pdftoppm -png -r 60 target/test-pdfs/pdf-sample.pdf /tmp/page
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/test-pdfs"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/test-pdfs/pdf-sample.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("認定結果通知書（試験）", "山田 花子 様", "<b>太字ではない</b>", "<script>");
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(text).contains("1 / 2", "2 / 2");
            PDRectangle a4 = document.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("認定結果通知書（試験）");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("さくら市（架空）");
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+IPAexGothic.*");
            });
        }
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : document.getPages()) {
            var resources = page.getResources();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
