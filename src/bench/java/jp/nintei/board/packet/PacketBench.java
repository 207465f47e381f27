package jp.nintei.board.packet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import jp.nintei.application.ApplicationType;
import jp.nintei.bench.BenchContext;
import jp.nintei.bench.BenchFigures;
import jp.nintei.board.BoardSession;
import jp.nintei.board.BoardSessions;
import jp.nintei.board.member.BoardMember;
import jp.nintei.board.packet.PacketView.Edition;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.document.PdfRenderer;
import jp.nintei.support.BoardDriver;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;
import jp.nintei.time.JapaneseDates;

/**
 * Packets: one member's packet of a 25-case session — the member edition assembled from the
 * cases' data (PacketAssembler), rendered by PdfRenderer (Thymeleaf, jsoup, openhtmltopdf with
 * IPAex Gothic subset, ToUnicode repair) and stamped with the member's watermark as BoardPackets
 * does — against openhtmltopdf alone rendering the same HTML (prepared as XHTML beforehand,
 * same font, nothing else). In package board.packet to call the package's own steps.
 */
@BenchContext
class PacketBench {

    static final int CASES = 25;
    static final int SAMPLES = Integer.getInteger("bench.packet-samples", 10);
    static final int WARMUP = 2;

    @Autowired CaseDriver cases;
    @Autowired BoardDriver board;
    @Autowired BoardSessions sessions;
    @Autowired TestData data;
    @Autowired BusinessClock clock;
    @Autowired PacketAssembler assembler;
    @Autowired PdfRenderer renderer;
    @Autowired ITemplateEngine templates;
    @Autowired TransactionTemplate transactions;

    @Test
    void msPerMemberPacket() {
        var today = clock.today();
        BoardSession session = board.session(board.defaultPanel(), today.plusDays(7));
        for (int i = 0; i < CASES; i++) {
            String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
            cases.confirmIntake(caseId);
            cases.completeSurvey(caseId);
            cases.completeOpinion(caseId);
            cases.completePrimary(caseId, CareLevel.values()[1 + i % 7]);
            cases.allocateBoardTo(caseId, session.getId());
        }
        String issuedOn = JapaneseDates.format(today);
        String html = transactions.execute(s -> templates.process(BoardPackets.TEMPLATE,
                new Context(Locale.JAPAN, Map.of("packet", assembler.assemble(sessions.get(session.getId()), Edition.MEMBER, issuedOn)))));
        String xhtml = xhtml(html);

        long[] member = new long[SAMPLES];
        long[] stamp = new long[SAMPLES];
        long[] plain = new long[SAMPLES];
        byte[] last = null;
        byte[] lastPlain = null;
        for (int i = -WARMUP; i < SAMPLES; i++) {
            long t0 = System.nanoTime();
            long[] stampTime = new long[1];
            last = transactions.execute(s -> memberPacket(session.getId(), issuedOn, stampTime));
            long t1 = System.nanoTime();
            lastPlain = plain(xhtml);
            long t2 = System.nanoTime();
            if (i >= 0) {
                member[i] = t1 - t0;
                stamp[i] = stampTime[0];
                plain[i] = t2 - t1;
            }
        }
        BenchFigures.packets(CASES, pages(last), last.length, pages(lastPlain), SAMPLES, member, stamp, plain);
    }

    /** BoardPackets' member path for the panel's first member: assemble, render, stamp. */
    private byte[] memberPacket(Long sessionId, String issuedOn, long[] stampTime) {
        BoardSession session = sessions.get(sessionId);
        byte[] edition = renderer.render(BoardPackets.TEMPLATE, Map.of("packet", assembler.assemble(session, Edition.MEMBER, issuedOn)));
        long t = System.nanoTime();
        BoardMember m = session.getPanel().members().get(0);
        Map<String, Object> model = new HashMap<>(Map.of("memberName", m.getName(), "loginId", m.getLoginId(),
                "sessionNumber", session.getId(), "revision", session.getAllocationRevision()));
        model.put("part", "mark");
        byte[] mark = renderer.render(BoardPackets.WATERMARK_TEMPLATE, model);
        model.put("part", "recipient");
        byte[] recipient = renderer.render(BoardPackets.WATERMARK_TEMPLATE, model);
        byte[] pdf = Watermark.apply(edition, mark, recipient, "審査会資料（委員用）", m.getName() + " 委員用");
        stampTime[0] = System.nanoTime() - t;
        return pdf;
    }

    /** openhtmltopdf on its own: XHTML in, the same font, PDF out. */
    private static byte[] plain(String xhtml) {
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(PacketBench::font, PdfRenderer.FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(PacketBench::font, PdfRenderer.FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, "classpath:/templates/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String xhtml(String html) {
        Document document = Jsoup.parse(html);
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).charset("UTF-8");
        return document.html();
    }

    private static java.io.InputStream font() {
        try {
            return new ClassPathResource("fonts/ipaexg.ttf").getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pages(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
