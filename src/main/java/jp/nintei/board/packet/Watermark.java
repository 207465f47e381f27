package jp.nintei.board.packet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.Overlay;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Stamps a one-page watermark PDF (the member's name) on every page of a packet. The packet is
 * rendered once per edition and each member's copy is this cheap overlay, so all members'
 * copies are the same document apart from the name that traces a leaked copy.
 */
final class Watermark {

    static final float ALPHA = 0.2f;

    private Watermark() {
    }

    /** The translucent name across each page, then the opaque recipient line at its top. */
    static byte[] apply(byte[] packet, byte[] markPage, byte[] recipientPage, String title, String subject) {
        try (PDDocument document = Loader.loadPDF(packet); PDDocument mark = Loader.loadPDF(markPage);
                PDDocument recipient = Loader.loadPDF(recipientPage);
                Overlay translucentOverlay = new Overlay(); Overlay opaqueOverlay = new Overlay()) {
            translucent(mark);
            overlay(translucentOverlay, document, mark);
            overlay(opaqueOverlay, document, recipient);
            var info = document.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(subject);
            var out = new ByteArrayOutputStream(packet.length + 16_384);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("watermark failed", e);
        }
    }

    private static void overlay(Overlay overlay, PDDocument document, PDDocument page) throws IOException {
        overlay.setInputPDF(document);
        overlay.setAllPagesOverlayPDF(page);
        overlay.setOverlayPosition(Overlay.Position.FOREGROUND);
        overlay.overlay(new HashMap<>());
    }

    /** openhtmltopdf ignores CSS opacity: the mark gets its transparency as a PDF graphics state. */
    private static void translucent(PDDocument mark) throws IOException {
        var state = new PDExtendedGraphicsState();
        state.setNonStrokingAlphaConstant(ALPHA);
        state.setStrokingAlphaConstant(ALPHA);
        var page = mark.getPage(0);
        try (var content = new PDPageContentStream(mark, page, PDPageContentStream.AppendMode.PREPEND, true)) {
            content.setGraphicsStateParameters(state);
        }
    }
}
