package jp.nintei.primary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;
import jp.nintei.web.Violation;

/**
 * The one check for a primary determination result, whichever way it came (bridge or staff):
 * the nine times add up to the total (±0.1 minute), the group scores are 0–100, the 自立度 are
 * values of the official scales and those of the stored survey and opinion, and the level is
 * the one the statutory thresholds and the 要支援2/要介護1 split give ({@link CareLevelRule}).
 */
@Component
public class PrimaryResultValidator {

    static final BigDecimal TOLERANCE = new BigDecimal("0.1");
    static final BigDecimal MAX_MINUTES = new BigDecimal("999.9");
    static final BigDecimal MAX_SCORE = new BigDecimal("100");
    static final BigDecimal BAND_FROM = new BigDecimal("32");
    static final BigDecimal BAND_TO = new BigDecimal("50");
    static final int GROUPS = 5;
    private static final Pattern WARNING_CODE = Pattern.compile("[A-Za-z0-9-]{1,10}");

    /** What the result must agree with: the survey version and opinion the case holds. */
    public record Basis(int surveyVersion, BedriddenLevel surveyBedridden, DementiaLevel surveyDementia,
            BedriddenLevel opinionBedridden, DementiaLevel opinionDementia) {
    }

    /** The checked result when everything agrees, and every reason when not. */
    public record Checked(PrimaryResult result, List<Violation> violations) {

        public boolean ok() {
            return violations.isEmpty();
        }
    }

    private final CareLevelRule rule;

    public PrimaryResultValidator(CareLevelRule rule) {
        this.rule = rule;
    }

    public Checked check(PrimaryResultInput in, Basis basis) {
        List<Violation> v = new ArrayList<>();
        Map<CareTime, BigDecimal> times = times(in, v);
        BigDecimal total = minutes(in.totalMinutes(), "totalMinutes", "要介護認定等基準時間", v);
        if (total != null && times.size() == CareTime.values().length) {
            BigDecimal sum = times.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.subtract(total).abs().compareTo(TOLERANCE) > 0) {
                v.add(new Violation("totalMinutes", "9つの時間の合計（" + sum.stripTrailingZeros().toPlainString()
                        + "分）が要介護認定等基準時間（" + total.toPlainString() + "分）と一致しません（許容差0.1分）"));
            }
        }
        List<BigDecimal> scores = scores(in, v);
        List<String> codes = codes(in, v);
        boolean band = total != null && total.compareTo(BAND_FROM) >= 0 && total.compareTo(BAND_TO) < 0;
        Stability stability = stability(in.stability(), band, v);
        BigDecimal probability = probability(in.dementiaProbability(), band, v);
        BedriddenLevel surveyBedridden = scale(BedriddenLevel.class, in.survey().bedriddenLevel(), "survey.bedriddenLevel",
                "障害高齢者の日常生活自立度（認定調査）", basis.surveyBedridden(), "認定調査（第" + basis.surveyVersion() + "版）", v);
        DementiaLevel surveyDementia = scale(DementiaLevel.class, in.survey().dementiaLevel(), "survey.dementiaLevel",
                "認知症高齢者の日常生活自立度（認定調査）", basis.surveyDementia(), "認定調査（第" + basis.surveyVersion() + "版）", v);
        BedriddenLevel opinionBedridden = scale(BedriddenLevel.class, in.opinion().bedriddenLevel(), "opinion.bedriddenLevel",
                "障害高齢者の日常生活自立度（主治医意見書）", basis.opinionBedridden(), "主治医意見書", v);
        DementiaLevel opinionDementia = scale(DementiaLevel.class, in.opinion().dementiaLevel(), "opinion.dementiaLevel",
                "認知症高齢者の日常生活自立度（主治医意見書）", basis.opinionDementia(), "主治医意見書", v);
        if (in.basedOnSurveyVersion() != null && in.basedOnSurveyVersion() != basis.surveyVersion()) {
            v.add(new Violation("basedOnSurveyVersion", "この結果は認定調査の第" + in.basedOnSurveyVersion()
                    + "版に基づいていますが、現在の調査票は第" + basis.surveyVersion() + "版です。最新の調査票で判定し直してください"));
        }
        CareLevel level = careLevel(in.careLevel(), v);
        String ruleBasis = null;
        if (level != null && total != null && (!band || (stability != null && probability != null))) {
            var outcome = rule.levelFor(total, basis.surveyDementia().isAtLeastII(), basis.opinionDementia().isAtLeastII(),
                    stability, probability);
            if (outcome.isEmpty()) {
                v.add(new Violation("careLevel", "判定基準に当てはまる区分がありません（基準時間 " + total.toPlainString() + "分）"));
            } else if (outcome.get().level() != level) {
                v.add(new Violation("careLevel", "一次判定「" + level.label() + "」は判定基準と一致しません。基準時間 "
                        + total.toPlainString() + "分では「" + outcome.get().level().label() + "」です（"
                        + outcome.get().basis() + "）"));
            } else {
                ruleBasis = outcome.get().basis();
            }
        }
        if (!v.isEmpty()) {
            return new Checked(null, List.copyOf(v));
        }
        return new Checked(new PrimaryResult(times, total, scores, codes, stability, probability, surveyBedridden,
                surveyDementia, opinionBedridden, opinionDementia, level, ruleBasis), List.of());
    }

    private static Map<CareTime, BigDecimal> times(PrimaryResultInput in, List<Violation> v) {
        Map<CareTime, BigDecimal> times = new EnumMap<>(CareTime.class);
        in.times().keySet().stream().filter(k -> CareTime.ofKey(k).isEmpty())
                .forEach(k -> v.add(new Violation("times." + k, "時間の区分「" + k + "」はありません")));
        for (CareTime t : CareTime.values()) {
            BigDecimal value = minutes(in.times().get(t.key()), "times." + t.key(), t.label() + "の時間", v);
            if (value != null) {
                times.put(t, value);
            }
        }
        return times;
    }

    private static BigDecimal minutes(BigDecimal value, String field, String label, List<Violation> v) {
        if (value == null) {
            v.add(new Violation(field, label + "（分）を入力してください"));
            return null;
        }
        if (value.signum() < 0 || value.compareTo(MAX_MINUTES) > 0 || value.stripTrailingZeros().scale() > 1) {
            v.add(new Violation(field, label + "は0.0〜999.9分（小数点以下1桁まで）で入力してください"));
            return null;
        }
        return value;
    }

    private static List<BigDecimal> scores(PrimaryResultInput in, List<Violation> v) {
        List<BigDecimal> scores = new ArrayList<>();
        in.groupScores().keySet().stream().filter(k -> !k.matches("[1-5]"))
                .forEach(k -> v.add(new Violation("groupScores." + k, "中間評価項目の群「" + k + "」はありません（第1群〜第5群）")));
        for (int g = 1; g <= GROUPS; g++) {
            BigDecimal s = in.groupScores().get(String.valueOf(g));
            String field = "groupScores." + g;
            if (s == null) {
                v.add(new Violation(field, "中間評価項目得点（第" + g + "群）を入力してください"));
            } else if (s.signum() < 0 || s.compareTo(MAX_SCORE) > 0 || s.stripTrailingZeros().scale() > 1) {
                v.add(new Violation(field, "中間評価項目得点（第" + g + "群）は0〜100（小数点以下1桁まで）で入力してください"));
            } else {
                scores.add(s);
            }
        }
        return scores;
    }

    private static List<String> codes(PrimaryResultInput in, List<Violation> v) {
        List<String> codes = in.warningCodes().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        codes.stream().filter(c -> !WARNING_CODE.matcher(c).matches()).forEach(c -> v.add(new Violation("warningCodes",
                "警告コード「" + c + "」の形式が正しくありません（英数字とハイフン10文字以内）")));
        if (codes.size() > 30) {
            v.add(new Violation("warningCodes", "警告コードは30件までです"));
        }
        return codes;
    }

    private static Stability stability(String value, boolean band, List<Violation> v) {
        if (value == null || value.isBlank()) {
            if (band) {
                v.add(new Violation("stability", "基準時間が32分以上50分未満のときは状態の安定性（安定・不安定）を入力してください"));
            }
            return null;
        }
        Optional<Stability> s = Arrays.stream(Stability.values())
                .filter(x -> x.name().equalsIgnoreCase(value.strip()) || x.label().equals(value.strip())).findFirst();
        if (s.isEmpty()) {
            v.add(new Violation("stability", "状態の安定性は「安定」または「不安定」です（「" + value + "」は使えません）"));
        }
        return s.orElse(null);
    }

    private static BigDecimal probability(BigDecimal value, boolean band, List<Violation> v) {
        if (value == null) {
            if (band) {
                v.add(new Violation("dementiaProbability",
                        "基準時間が32分以上50分未満のときは認知症自立度Ⅱ以上の蓋然性（%）を入力してください"));
            }
            return null;
        }
        if (value.signum() < 0 || value.compareTo(MAX_SCORE) > 0 || value.stripTrailingZeros().scale() > 1) {
            v.add(new Violation("dementiaProbability", "認知症自立度Ⅱ以上の蓋然性は0〜100%（小数点以下1桁まで）で入力してください"));
            return null;
        }
        return value;
    }

    /** A scale value by enum name (IIA) or as printed (Ⅱa), which must equal the stored one. */
    private static <E extends Enum<E>> E scale(Class<E> type, String value, String field, String label, E stored,
            String source, List<Violation> v) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, label + "を入力してください"));
            return null;
        }
        E parsed = Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(value.strip()) || label(e).equals(value.strip())).findFirst().orElse(null);
        if (parsed == null) {
            v.add(new Violation(field, label + "「" + value + "」は公式の区分（"
                    + Arrays.stream(type.getEnumConstants()).map(PrimaryResultValidator::label).collect(Collectors.joining("・"))
                    + "）にありません"));
            return null;
        }
        if (parsed != stored) {
            v.add(new Violation(field, label + "「" + label(parsed) + "」が" + source + "の「" + label(stored)
                    + "」と一致しません。認定ソフトに入力した内容を確認してください"));
        }
        return parsed;
    }

    private static String label(Enum<?> e) {
        return e instanceof DementiaLevel d ? d.label() : e instanceof BedriddenLevel b ? b.label() : e.name();
    }

    private static CareLevel careLevel(String value, List<Violation> v) {
        if (value == null || value.isBlank()) {
            v.add(new Violation("careLevel", "一次判定結果（要介護状態区分）を入力してください"));
            return null;
        }
        return Arrays.stream(CareLevel.values())
                .filter(c -> c.name().equalsIgnoreCase(value.strip()) || c.label().equals(value.strip())).findFirst()
                .orElseGet(() -> {
                    v.add(new Violation("careLevel", "一次判定結果「" + value + "」は要介護状態区分にありません"));
                    return null;
                });
    }
}
