package jp.nintei.survey;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;

/**
 * Answers that rarely go together. They are not errors (a person may move about in a
 * wheelchair without help although they cannot walk), so the surveyor confirms each one before
 * submitting. Items and choices are named by id and number; the texts come from the catalog.
 */
final class ConsistencyRules {

    /** One condition on the answers, described in the words of the form. */
    record Condition(Predicate<SurveyAnswers> test, String itemId, String description) {
    }

    record Rule(String id, List<Condition> when, String hint) {

        boolean applies(SurveyAnswers answers) {
            return when.stream().allMatch(c -> c.test().test(answers));
        }

        String message() {
            return when.stream().map(Condition::description).collect(Collectors.joining("、")) + "と回答されています。" + hint;
        }

        List<String> itemIds() {
            return when.stream().map(Condition::itemId).distinct().toList();
        }
    }

    private final SurveyCatalog catalog;
    private final List<Rule> rules;

    ConsistencyRules(SurveyCatalog catalog) {
        this.catalog = catalog;
        this.rules = List.of(
                new Rule("walk-move", List.of(is("1-7", 3), is("2-2", 1)),
                        "車いすを自分で操作して移動している場合などはそのままで構いません。"),
                new Rule("stand-walk", List.of(is("1-6", 3), is("1-7", 1, 2)),
                        "両方の回答を確認してください。"),
                new Rule("stand-one-leg", List.of(is("1-6", 3), is("1-9", 1, 2)),
                        "両方の回答を確認してください。"),
                new Rule("sit-rise", List.of(is("1-5", 4), is("1-8", 1, 2)),
                        "両方の回答を確認してください。"),
                new Rule("turn-rise", List.of(is("1-3", 3), is("1-4", 1, 2)),
                        "両方の回答を確認してください。"),
                new Rule("transfer-rise", List.of(is("2-1", 4), is("1-8", 1)),
                        "両方の回答を確認してください。"),
                new Rule("swallow-eat", List.of(is("2-3", 3), is("2-4", 1)),
                        "経管栄養などの食事の方法を特記事項に記載し、回答を確認してください。"),
                new Rule("tube-eat", List.of(medical(9), is("2-4", 1, 2, 3)),
                        "経管栄養の場合の食事摂取の選択を確認してください。"),
                new Rule("communicate-decide", List.of(is("3-1", 4), is("5-3", 1)),
                        "両方の回答を確認してください。"),
                new Rule("decide-money", List.of(is("5-3", 4), is("5-2", 1)),
                        "両方の回答を確認してください。"),
                new Rule("dementia-wander", List.of(dementia(DementiaLevel.INDEPENDENT), anyIs(3, "3-8", "3-9", "4-12")),
                        "両方の回答を確認してください。"),
                new Rule("bedridden-walk", List.of(bedridden(BedriddenLevel.C1, BedriddenLevel.C2), is("1-7", 1)),
                        "両方の回答を確認してください。"));
    }

    List<Rule> all() {
        return rules;
    }

    List<Rule> applying(SurveyAnswers answers) {
        return rules.stream().filter(r -> r.applies(answers)).toList();
    }

    private Condition is(String itemId, int... choices) {
        var item = catalog.item(itemId).orElseThrow(() -> new IllegalStateException("no item " + itemId));
        String labels = Arrays.stream(choices).mapToObj(c -> "「" + item.choiceLabel(c) + "」")
                .collect(Collectors.joining("または"));
        return new Condition(a -> a.choicesOf(itemId).size() == 1
                && Arrays.stream(choices).anyMatch(c -> a.isChosen(itemId, c)),
                itemId, "「" + item.name() + "」が" + labels);
    }

    private Condition anyIs(int choice, String... itemIds) {
        String names = Arrays.stream(itemIds).map(id -> "「" + catalog.nameOf(id) + "」").collect(Collectors.joining("・"));
        String label = catalog.item(itemIds[0]).orElseThrow().choiceLabel(choice);
        return new Condition(a -> Arrays.stream(itemIds).anyMatch(id -> a.isChosen(id, choice)), itemIds[0],
                names + "のいずれかが「" + label + "」");
    }

    private Condition medical(int no) {
        var care = catalog.medicalCare(no).orElseThrow(() -> new IllegalStateException("no 特別な医療 " + no));
        return new Condition(a -> a.hasMedicalCare(no), care.id(), "特別な医療の「" + care.name() + "」があり");
    }

    private Condition dementia(DementiaLevel level) {
        return new Condition(a -> a.dementiaLevel() == level, SurveyCatalog.DEMENTIA_NOTE,
                "認知症高齢者の日常生活自立度が「" + level.label() + "」");
    }

    private Condition bedridden(BedriddenLevel... levels) {
        String labels = Arrays.stream(levels).map(l -> "「" + l.label() + "」").collect(Collectors.joining("または"));
        return new Condition(a -> Arrays.asList(levels).contains(a.bedriddenLevel()), SurveyCatalog.BEDRIDDEN_NOTE,
                "障害高齢者の日常生活自立度が" + labels);
    }
}
