package jp.nintei.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An average in days over the cases that have the figure, to one decimal as MHLW prints it. */
public record Average(int cases, BigDecimal days) {

    static Average of(long sum, int cases) {
        return new Average(cases, cases == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(cases), 1, RoundingMode.HALF_UP));
    }
}
