package jp.nintei.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * IPAex draws a CJK ideograph and its Kangxi radical (山 U+5C71 and ⼭ U+2F2D) with one glyph,
 * and PDFBox writes the lowest code point of a glyph into the ToUnicode map. Text copied or
 * searched in the PDF would then read ⼭⽥ instead of 山田, and a test looking for a name would
 * not find it. This rewrites such entries to their NFKC form, the ideograph.
 */
final class ToUnicodeRepair {

    private static final Pattern BFCHAR = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern BFRANGE = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern BLOCK = Pattern.compile("\\d+\\s+begin(bfchar|bfrange)(.*?)endbf(?:char|range)", Pattern.DOTALL);

    private ToUnicodeRepair() {
    }

    static byte[] repair(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            Set<COSStream> seen = new HashSet<>();
            for (var page : document.getPages()) {
                var resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    COSStream toUnicode = resources.getFont(name).getCOSObject().getCOSStream(COSName.TO_UNICODE);
                    if (toUnicode != null && seen.add(toUnicode)) {
                        changed |= repair(toUnicode);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            var out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("ToUnicode repair failed", e);
        }
    }

    private static boolean repair(COSStream stream) throws IOException {
        String cmap;
        try (var in = stream.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        String fixed = rewrite(cmap);
        if (fixed.equals(cmap)) {
            return false;
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(fixed.getBytes(StandardCharsets.US_ASCII));
        }
        return true;
    }

    /** Returns the CMap unchanged unless a mapping needs NFKC; then all mappings as bfchar. */
    static String rewrite(String cmap) {
        int bodyStart = cmap.indexOf("endcodespacerange");
        int bodyEnd = cmap.indexOf("endcmap");
        if (bodyStart < 0 || bodyEnd < 0) {
            return cmap;
        }
        bodyStart += "endcodespacerange".length();
        Map<String, String> mappings = mappings(cmap.substring(bodyStart, bodyEnd));
        boolean needed = mappings.values().stream().anyMatch(v -> !v.equals(normalise(v)));
        if (!needed) {
            return cmap;
        }
        StringBuilder body = new StringBuilder("\n");
        var entries = mappings.entrySet().stream().toList();
        for (int i = 0; i < entries.size(); i += 100) {
            var block = entries.subList(i, Math.min(i + 100, entries.size()));
            body.append(block.size()).append(" beginbfchar\n");
            block.forEach(e -> body.append('<').append(e.getKey()).append("> <")
                    .append(hex(normalise(e.getValue()))).append(">\n"));
            body.append("endbfchar\n");
        }
        return cmap.substring(0, bodyStart) + body + cmap.substring(bodyEnd);
    }

    private static Map<String, String> mappings(String body) {
        Map<String, String> mappings = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(body);
        while (block.find()) {
            if (block.group(1).equals("bfchar")) {
                Matcher m = BFCHAR.matcher(block.group(2));
                while (m.find()) {
                    mappings.put(m.group(1).toUpperCase(), text(m.group(2)));
                }
            } else {
                Matcher m = BFRANGE.matcher(block.group(2));
                while (m.find()) {
                    expandRange(m.group(1), m.group(2), m.group(3), mappings);
                }
            }
        }
        return mappings;
    }

    private static void expandRange(String lo, String hi, String dst, Map<String, String> mappings) {
        int from = Integer.parseInt(lo, 16);
        int to = Integer.parseInt(hi, 16);
        int base = text(dst).codePointAt(0);
        for (int code = from; code <= to; code++) {
            String src = String.format("%0" + lo.length() + "X", code);
            mappings.put(src, new String(Character.toChars(base + code - from)));
        }
    }

    /**
     * Only radicals are rewritten: NFKC would also change full-width letters, which are meant.
     * Most CJK Radicals Supplement code points (⻑ U+2ED1 for 長) have no NFKC form: for those the
     * ideograph drawn with the same glyph in the embedded font is taken.
     */
    private static String normalise(String s) {
        if (!hasRadical(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(cp >= 0x2E80 && cp <= 0x2FDF ? ideograph(cp)
                : new String(Character.toChars(cp))));
        return out.toString();
    }

    private static String ideograph(int radical) {
        String nfkc = Normalizer.normalize(new String(Character.toChars(radical)), Normalizer.Form.NFKC);
        if (!hasRadical(nfkc)) {
            return nfkc;
        }
        Integer sameGlyph = SharedGlyphs.IDEOGRAPH_OF_RADICAL.get(radical);
        return sameGlyph == null ? nfkc : new String(Character.toChars(sameGlyph));
    }

    /** Radical → the CJK ideograph IPAex draws with the same glyph, read once from the font. */
    private static final class SharedGlyphs {

        static final Map<Integer, Integer> IDEOGRAPH_OF_RADICAL = load();

        private static Map<Integer, Integer> load() {
            try (var in = new org.springframework.core.io.ClassPathResource(PdfRenderer.FONT_PATH).getInputStream();
                    var font = new org.apache.fontbox.ttf.TTFParser().parse(
                            new org.apache.pdfbox.io.RandomAccessReadBuffer(in))) {
                var cmap = font.getUnicodeCmapLookup();
                Map<Integer, Integer> ideographOfGlyph = new java.util.HashMap<>();
                for (int cp = 0x4E00; cp <= 0x9FFF; cp++) {
                    int gid = cmap.getGlyphId(cp);
                    if (gid > 0) {
                        ideographOfGlyph.putIfAbsent(gid, cp);
                    }
                }
                Map<Integer, Integer> result = new java.util.HashMap<>();
                for (int cp = 0x2E80; cp <= 0x2FDF; cp++) {
                    Integer ideograph = ideographOfGlyph.get(cmap.getGlyphId(cp));
                    if (cmap.getGlyphId(cp) > 0 && ideograph != null) {
                        result.put(cp, ideograph);
                    }
                }
                return Map.copyOf(result);
            } catch (IOException e) {
                throw new UncheckedIOException("font " + PdfRenderer.FONT_PATH + " unreadable", e);
            }
        }
    }

    /** Kangxi Radicals and CJK Radicals Supplement: the code points that shadow ideographs. */
    private static boolean hasRadical(String s) {
        return s.codePoints().anyMatch(cp -> cp >= 0x2E80 && cp <= 0x2FDF);
    }

    private static String text(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new String(bytes, StandardCharsets.UTF_16BE);
    }

    private static String hex(String text) {
        StringBuilder hex = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
            hex.append(String.format("%02X", b));
        }
        return hex.toString();
    }
}
