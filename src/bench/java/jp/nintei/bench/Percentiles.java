package jp.nintei.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of measured durations (nanoseconds in, milliseconds out). */
final class Percentiles {

    private final long[] sorted;

    Percentiles(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    double ms(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }

    int count() {
        return sorted.length;
    }
}
