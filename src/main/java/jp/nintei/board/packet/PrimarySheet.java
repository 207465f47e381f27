package jp.nintei.board.packet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.nintei.application.CertificationApplication;
import jp.nintei.board.packet.PacketView.GroupScore;
import jp.nintei.board.packet.PacketView.PrimaryView;
import jp.nintei.board.packet.PacketView.Tick;
import jp.nintei.board.packet.PacketView.TimeSegment;
import jp.nintei.insured.Certificate;
import jp.nintei.primary.CareTime;
import jp.nintei.primary.PrimaryDetermination;
import jp.nintei.primary.PrimaryDeterminationService;
import jp.nintei.survey.SurveyCatalog;

/**
 * The 一次判定 part of a case's sheet: the nine times as one stacked bar against the level
 * thresholds, the five 中間評価項目得点 beside the previous certification's, 警告コード and the two
 * estimates that split 要支援2 from 要介護1. Positions are percentages so CSS draws vector boxes.
 */
@Component
class PrimarySheet {

    /** 要介護認定等基準時間の区分 (平成11年厚生省令58号): where each level starts, in minutes. */
    static final int[][] THRESHOLDS = {{25, 1}, {32, 2}, {50, 3}, {70, 4}, {90, 5}, {110, 6}};
    static final String[] THRESHOLD_LABELS = {"", "要支援1", "要支援2・要介護1", "要介護2", "要介護3", "要介護4", "要介護5"};

    private final PrimaryDeterminationService primary;
    private final SurveyCatalog catalog;

    PrimarySheet(PrimaryDeterminationService primary, SurveyCatalog catalog) {
        this.primary = primary;
        this.catalog = catalog;
    }

    PrimaryView of(CertificationApplication application) {
        Optional<PrimaryDetermination> result = primary.of(application.getCaseId());
        Optional<PrimaryDetermination> previous = Optional.ofNullable(application.getPreviousCertificate())
                .map(Certificate::getCaseId).flatMap(primary::of);
        BigDecimal total = result.map(PrimaryDetermination::getStandardTimeMinutes).orElse(BigDecimal.ZERO);
        int scale = scaleMax(total);
        return new PrimaryView(result.map(p -> p.getCareLevel().label()).orElse(PacketAssembler.NOT_RECORDED),
                previous.map(p -> p.getCareLevel().label()).orElse(PacketAssembler.NOT_RECORDED),
                result.map(p -> p.getStandardTimeMinutes().toPlainString()).orElse(PacketAssembler.NOT_RECORDED),
                percent(total, scale), result.map(p -> segments(p.getTimes(), scale)).orElse(List.of()), ticks(scale),
                result.map(p -> groups(p, previous)).orElse(List.of()),
                result.map(PrimaryDetermination::getWarningCodes).orElse(List.of()),
                result.map(PrimaryDetermination::getStability).map(s -> s.label()).orElse(PacketAssembler.NOT_RECORDED),
                result.map(PrimaryDetermination::getDementiaProbability).map(p -> p.toPlainString() + "%")
                        .orElse(PacketAssembler.NOT_RECORDED));
    }

    /** Each of the nine times starts where the previous one ends; the colour is its position. */
    private static List<TimeSegment> segments(Map<CareTime, BigDecimal> times, int scale) {
        List<TimeSegment> segments = new ArrayList<>();
        BigDecimal left = BigDecimal.ZERO;
        for (CareTime t : CareTime.values()) {
            BigDecimal minutes = times.get(t);
            if (minutes == null) {
                continue;
            }
            segments.add(new TimeSegment(t.label(), minutes.toPlainString(), percent(left, scale),
                    percent(minutes, scale), t.ordinal()));
            left = left.add(minutes);
        }
        return segments;
    }

    private static List<Tick> ticks(int scale) {
        List<Tick> ticks = new ArrayList<>();
        for (int[] t : THRESHOLDS) {
            ticks.add(new Tick(t[0] + "分 " + THRESHOLD_LABELS[t[1]], percent(BigDecimal.valueOf(t[0]), scale)));
        }
        return ticks;
    }

    /** 第1群 … 第5群 named as the survey names its groups; the previous score where one was recorded. */
    private List<GroupScore> groups(PrimaryDetermination result, Optional<PrimaryDetermination> previous) {
        List<BigDecimal> scores = result.getGroupScores();
        List<BigDecimal> before = previous.map(PrimaryDetermination::getGroupScores).orElse(List.of());
        List<GroupScore> groups = new ArrayList<>();
        for (int i = 0; i < scores.size() && i < catalog.groups().size(); i++) {
            BigDecimal p = i < before.size() ? before.get(i) : null;
            groups.add(new GroupScore("第" + (i + 1) + "群 " + catalog.groups().get(i).name(), scores.get(i).toPlainString(),
                    percent(scores.get(i), 100), p == null ? null : p.toPlainString(), p == null ? null : percent(p, 100)));
        }
        return groups;
    }

    /** The chart runs to at least 130 minutes so the 要介護5 threshold (110) is always visible. */
    static int scaleMax(BigDecimal total) {
        int rounded = total.setScale(-1, RoundingMode.UP).intValue() + 10;
        return Math.max(130, rounded);
    }

    static String percent(BigDecimal value, int scale) {
        return String.format(Locale.ROOT, "%.2f", Math.max(0.0, Math.min(100.0, value.doubleValue() * 100.0 / scale)));
    }
}
