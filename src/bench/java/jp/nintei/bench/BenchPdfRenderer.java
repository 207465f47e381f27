package jp.nintei.bench;

import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

import jp.nintei.document.PdfRenderer;

/**
 * The benchmarks' switch for "packets off": the application has no setting that stops the
 * review board's packets, so while {@link #packetsOff} is set the two packet templates are not
 * rendered and a pre-rendered blank A4 page is returned instead. Everything around them still
 * runs: the packet jobs, watermarking, the issued-document register with SHA-256, the copies,
 * the members' notices. Other documents (decision notice, opinion copies) render as usual.
 */
@Component
@Primary
class BenchPdfRenderer extends PdfRenderer {

    private static final Set<String> PACKET_TEMPLATES = Set.of("board/packet", "board/watermark");

    private volatile boolean packetsOff;
    private volatile byte[] blank;

    BenchPdfRenderer(ITemplateEngine templates) {
        super(templates);
    }

    void packetsOff(boolean off) {
        this.packetsOff = off;
    }

    @Override
    public byte[] render(String template, Map<String, Object> model) {
        if (packetsOff && PACKET_TEMPLATES.contains(template)) {
            return blankPage();
        }
        return super.render(template, model);
    }

    private byte[] blankPage() {
        if (blank == null) {
            blank = renderHtml("<html><head><style>@page { size: A4; }</style></head><body></body></html>");
        }
        return blank;
    }
}
