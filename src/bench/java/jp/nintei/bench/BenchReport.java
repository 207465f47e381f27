package jp.nintei.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Where a benchmark's figures go: printed, and appended as markdown table rows to
 * target/bench/{file}.md, which bench/run puts together into bench/results.md. Figures one
 * benchmark hands to another (commits per case) go to target/bench/figures.properties.
 */
final class BenchReport {

    static final Path DIR = Path.of("target", "bench");
    private static final Path FIGURES = DIR.resolve("figures.properties");

    private final Path file;
    private final String benchmark;

    private BenchReport(String file, String benchmark) {
        this.file = DIR.resolve(file + ".md");
        this.benchmark = benchmark;
    }

    /** A report that starts empty (a rerun replaces the rows of the previous one). */
    static BenchReport start(String file, String benchmark) {
        try {
            Files.createDirectories(DIR);
            Files.deleteIfExists(DIR.resolve(file + ".md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BenchReport(file, benchmark);
    }

    /** One row: the figure's name, its value with unit, and how it was obtained. */
    void row(String figure, String value, String note) {
        String line = "| " + benchmark + " | " + figure + " | " + value + " | " + note + " |";
        System.out.println("[bench] " + benchmark + " — " + figure + ": " + value + (note.isEmpty() ? "" : "  (" + note + ")"));
        try {
            Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void putFigure(String key, double value) {
        Properties figures = figures();
        figures.setProperty(key, Double.toString(value));
        try (var out = Files.newOutputStream(FIGURES)) {
            figures.store(out, "figures handed between benchmarks");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A figure an earlier benchmark of this run stored, or NaN. */
    static double figure(String key) {
        String value = figures().getProperty(key);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }

    private static Properties figures() {
        Properties figures = new Properties();
        try {
            Files.createDirectories(DIR);
            if (Files.exists(FIGURES)) {
                try (var in = Files.newInputStream(FIGURES)) {
                    figures.load(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return figures;
    }

    static String f1(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    static String f2(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
