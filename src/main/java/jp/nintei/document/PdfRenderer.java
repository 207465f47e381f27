package jp.nintei.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a Thymeleaf template (under templates/) to PDF through openhtmltopdf/PDFBox, with
 * IPAex Gothic embedded and subset so Japanese prints the same on every machine. Templates set
 * the document title and metadata with {@code <title>} and {@code <meta name="author|subject|keywords">},
 * and page size and numbering with CSS {@code @page} rules. In CSS, use font-family {@value #FONT_FAMILY}.
 */
@Component
public class PdfRenderer {

    public static final String FONT_FAMILY = "IPAexGothic";
    static final String FONT_PATH = "fonts/ipaexg.ttf";

    private final ITemplateEngine templates;

    public PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> model) {
        return renderHtml(templates.process(template, new Context(java.util.Locale.JAPAN, model)));
    }

    /** Renders already-produced HTML; useful when a caller post-processes the template output. */
    public byte[] renderHtml(String html) {
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(PdfRenderer::openFont, FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(PdfRenderer::openFont, FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withW3cDocument(document, "classpath:/templates/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
        return ToUnicodeRepair.repair(out.toByteArray());
    }

    private static java.io.InputStream openFont() {
        try {
            return new ClassPathResource(FONT_PATH).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + FONT_PATH + " missing", e);
        }
    }
}
