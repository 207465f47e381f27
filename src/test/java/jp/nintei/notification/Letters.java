package jp.nintei.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads letters back: their text, fonts and pages; keeps a copy under target/letters to look at. */
final class Letters {

    static final Path DIR = Path.of("target/letters");

    private Letters() {
    }

    record Parsed(String text, int pages, List<PDFont> fonts, float width, float height, String title, String author) {

        /** The text with line breaks removed (phrases wrap) and spaces, ideographic ones too, as one space. */
        String flat() {
            return text.replaceAll("\\s*\\R\\s*", "").replaceAll("[\\p{Zs}\\t]+", " ");
        }
    }

    static Parsed parse(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            var box = document.getPage(0).getMediaBox();
            return new Parsed(new PDFTextStripper().getText(document), document.getNumberOfPages(), fonts,
                    box.getWidth(), box.getHeight(), document.getDocumentInformation().getTitle(),
                    document.getDocumentInformation().getAuthor());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4, every font the embedded IPAex subset, at most {@code maxPages} pages. */
    static Parsed assertLetter(byte[] pdf, int maxPages) {
        Parsed parsed = parse(pdf);
        assertThat(parsed.width()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
        assertThat(parsed.height()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
        assertThat(parsed.pages()).isBetween(1, maxPages);
        assertThat(parsed.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+IPAexGothic.*");
        });
        return parsed;
    }

    static void save(String name, byte[] pdf) {
        try {
            Files.createDirectories(DIR);
            Files.write(DIR.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
