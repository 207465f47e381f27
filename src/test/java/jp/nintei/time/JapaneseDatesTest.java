package jp.nintei.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    @Test
    void reiwaDates() {
        assertThat(JapaneseDates.format(LocalDate.of(2026, 12, 1))).isEqualTo("令和8年12月1日");
        assertThat(JapaneseDates.yearMonth(LocalDate.of(2027, 3, 31))).isEqualTo("令和9年3月");
    }

    @Test
    void theFirstYearOfAnEraIsGan() {
        assertThat(JapaneseDates.format(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(JapaneseDates.format(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(JapaneseDates.format(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
    }

    @Test
    void birthDatesOfOlderResidents() {
        assertThat(JapaneseDates.format(LocalDate.of(1936, 9, 30))).isEqualTo("昭和11年9月30日");
        assertThat(JapaneseDates.format(LocalDate.of(1925, 12, 24))).isEqualTo("大正14年12月24日");
    }

    @Test
    void nullStaysNull() {
        assertThat(JapaneseDates.format(null)).isNull();
    }
}
