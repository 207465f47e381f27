package jp.nintei.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** {@code count} of {@code of} cases, and that as a percentage to one decimal. */
public record Share(int count, int of, BigDecimal percent) {

    static Share of(int count, int of) {
        return new Share(count, of, of == 0 ? null
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP));
    }
}
