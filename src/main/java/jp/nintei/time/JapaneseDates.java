package jp.nintei.time;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;

/**
 * Dates as official letters print them: 和暦 (令和8年12月1日), the first year of an era as 元年.
 * Letters, packets and pages call this rather than formatting eras themselves.
 */
public final class JapaneseDates {

    private JapaneseDates() {
    }

    /** 令和8年12月1日; null for null so templates can pass optional dates. */
    public static String format(LocalDate date) {
        if (date == null) {
            return null;
        }
        return yearMonth(date) + date.getDayOfMonth() + "日";
    }

    /** 令和8年12月. */
    public static String yearMonth(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        return eraName(japanese.getEra()) + (year == 1 ? "元" : String.valueOf(year)) + "年" + date.getMonthValue() + "月";
    }

    private static String eraName(JapaneseEra era) {
        return switch (era.getValue()) {
            case -1 -> "明治";
            case 0 -> "大正";
            case 1 -> "昭和";
            case 2 -> "平成";
            case 3 -> "令和";
            default -> era.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN);
        };
    }
}
