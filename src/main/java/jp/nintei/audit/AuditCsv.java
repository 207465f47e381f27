package jp.nintei.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The audit log as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Shift_JIS
 * and garbles Japanese), CRLF line ends, RFC 4180 quoting, and cells that a spreadsheet would run
 * as a formula (=, +, -, @) prefixed with an apostrophe.
 */
final class AuditCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final String HEADER = "ID,日時,利用者,操作,案件番号,被保険者番号,文書,目的,詳細";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Writer out;
    private final ZoneId zone;

    AuditCsv(OutputStream stream, ZoneId zone) throws IOException {
        stream.write(BOM);
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        this.zone = zone;
        line(HEADER);
    }

    void write(AuditEvent e) {
        line(String.join(",", String.valueOf(e.getId()), TIME.format(e.getOccurredAt().atZone(zone)), cell(e.getActor()),
                AuditActions.label(e.getAction()), cell(e.getCaseId()), cell(e.getInsuredNumber()), cell(e.getDocument()),
                cell(e.getPurpose()), cell(e.getDetail())));
    }

    void flush() throws IOException {
        out.flush();
    }

    private void line(String line) {
        try {
            out.write(line);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
