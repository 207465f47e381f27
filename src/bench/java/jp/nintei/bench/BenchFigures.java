package jp.nintei.bench;

import static jp.nintei.bench.BenchReport.f1;
import static jp.nintei.bench.BenchReport.f2;

/** Report rows of benchmarks that live outside this package (for package-private access). */
public final class BenchFigures {

    private BenchFigures() {
    }

    public static void packets(int cases, int pages, int bytes, int plainPages, int samples, long[] member, long[] stamp,
            long[] plain) {
        var m = new Percentiles(member);
        var s = new Percentiles(stamp);
        var p = new Percentiles(plain);
        var report = BenchReport.start("3-packets", "3. Packets");
        String session = cases + "-case session, " + pages + " pages, " + bytes / 1024 + " KiB";
        report.row("member packet ms p50 / p95", f1(m.ms(50)) + " / " + f1(m.ms(95)),
                samples + " samples; " + session + "; assemble + render + watermark for one member");
        report.row("of which watermark ms p50 / p95", f1(s.ms(50)) + " / " + f1(s.ms(95)),
                "the only per-member step: the edition is rendered once for all members");
        report.row("plain openhtmltopdf ms p50 / p95", f1(p.ms(50)) + " / " + f1(p.ms(95)),
                "same HTML as XHTML, same font, " + plainPages + " pages, nothing else");
        report.row("ratio member packet / plain (p50)", f2(m.ms(50) / p.ms(50)), "");
    }
}
