package jp.nintei.survey;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import jp.nintei.survey.SurveyAnswers.Overview;
import jp.nintei.survey.SurveyAnswers.ServiceUse;
import jp.nintei.time.JapaneseDates;
import jp.nintei.web.Violation;

/**
 * Checks a survey against the catalog: every item answered with one of its choices (麻痺 and
 * 拘縮: sites or ない), both 自立度, a complete 概況調査. Errors block the submission; warnings
 * (answers that rarely go together) only need the surveyor's confirmation.
 */
@Component
public class SurveyValidator {

    static final int NOTE_MAX = 4000;
    static final int TEXT_MAX = 2000;
    static final int PLACE_MAX = 200;
    static final int AMOUNT_MAX = 99;

    /** A combination of answers the surveyor must confirm. */
    public record Warning(String id, String message, List<String> itemIds) {
    }

    /** Where the survey stands: what blocks it and what needs confirming. */
    public record Result(List<Violation> errors, List<Warning> warnings) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public List<Warning> unconfirmed(Set<String> confirmed) {
            return warnings.stream().filter(w -> !confirmed.contains(w.id())).toList();
        }
    }

    /** What the check needs to know about the case: the application date and who may have surveyed. */
    public record Context(LocalDate receivedDate, LocalDateTime now, Set<String> surveyors) {
    }

    private final SurveyCatalog catalog;
    private final ConsistencyRules rules;

    SurveyValidator(SurveyCatalog catalog) {
        this.catalog = catalog;
        this.rules = new ConsistencyRules(catalog);
    }

    public Result check(SurveyAnswers answers, Context context) {
        List<Violation> errors = new ArrayList<>();
        checkOverview(answers.overview(), context, errors);
        checkItems(answers, errors);
        checkMedicalAndIndependence(answers, errors);
        checkNotes(answers, errors);
        List<Warning> warnings = rules.applying(answers).stream()
                .map(r -> new Warning(r.id(), r.message(), r.itemIds())).toList();
        return new Result(List.copyOf(errors), warnings);
    }

    private void checkOverview(Overview o, Context context, List<Violation> errors) {
        if (o.surveyedAt() == null) {
            errors.add(new Violation("overview.surveyedAt", "概況調査: 実施日時を入力してください"));
        } else if (o.surveyedAt().toLocalDate().isBefore(context.receivedDate())) {
            errors.add(new Violation("overview.surveyedAt", "概況調査: 実施日時は申請日（"
                    + JapaneseDates.format(context.receivedDate()) + "）以降にしてください"));
        } else if (o.surveyedAt().isAfter(context.now())) {
            errors.add(new Violation("overview.surveyedAt", "概況調査: 実施日時に未来の日時は入力できません"));
        }
        if (o.placeKind() == null) {
            errors.add(new Violation("overview.placeKind", "概況調査: 実施場所（自宅内・自宅外）を選択してください"));
        } else if (o.placeKind() == PlaceKind.OTHER && blank(o.place())) {
            errors.add(new Violation("overview.place", "概況調査: 自宅外の場合は実施場所（施設名・病院名など）を入力してください"));
        }
        tooLong(o.place(), PLACE_MAX, "overview.place", "実施場所", errors);
        if (blank(o.surveyorId())) {
            errors.add(new Violation("overview.surveyorId", "概況調査: 調査員を選択してください"));
        } else if (!context.surveyors().contains(o.surveyorId())) {
            errors.add(new Violation("overview.surveyorId", "概況調査: 調査員「" + o.surveyorId()
                    + "」は依頼先の事業所の調査員ではありません"));
        }
        checkServices(o.services(), errors);
        tooLong(o.facility(), PLACE_MAX, "overview.facility", "利用施設", errors);
        tooLong(o.family(), TEXT_MAX, "overview.family", "家族状況", errors);
        tooLong(o.housing(), TEXT_MAX, "overview.housing", "居住環境", errors);
    }

    private static void checkServices(List<ServiceUse> services, List<Violation> errors) {
        Set<ServiceKind> seen = new HashSet<>();
        for (ServiceUse s : services) {
            if (s.kind() == null) {
                errors.add(new Violation("overview.services", "概況調査: サービスの種類を選択してください"));
                continue;
            }
            if (!seen.add(s.kind())) {
                errors.add(new Violation("overview.services", "概況調査: 「" + s.kind().label() + "」が重複しています"));
            }
            if (s.kind().countable() && (s.amount() == null || s.amount() < 1 || s.amount() > AMOUNT_MAX)) {
                errors.add(new Violation("overview.services", "概況調査: 「" + s.kind().label() + "」の利用量（"
                        + s.kind().unit() + "）を1〜" + AMOUNT_MAX + "で入力してください"));
            }
            tooLong(s.note(), PLACE_MAX, "overview.services", "「" + s.kind().label() + "」の内容", errors);
        }
    }

    private void checkItems(SurveyAnswers answers, List<Violation> errors) {
        for (String id : answers.choices().keySet()) {
            if (catalog.item(id).isEmpty()) {
                errors.add(new Violation("item." + id, "項目 " + id + " は認定調査票にありません"));
            }
        }
        for (var item : catalog.items()) {
            List<Integer> chosen = answers.choicesOf(item.id());
            String label = "【" + item.id() + " " + item.name() + "】";
            String field = "item." + item.id();
            if (chosen.isEmpty()) {
                errors.add(new Violation(field, label + "選択されていません"));
            } else if (chosen.stream().anyMatch(c -> !item.isChoice(c))) {
                errors.add(new Violation(field, label + "選択肢にない値が含まれています"));
            } else if (!item.multipleChoice() && chosen.size() > 1) {
                errors.add(new Violation(field, label + "選択肢は1つだけ選んでください"));
            } else if (item.multipleChoice() && chosen.contains(1) && chosen.size() > 1) {
                errors.add(new Violation(field, label + "「" + item.choiceLabel(1) + "」と部位は同時に選べません"));
            }
        }
    }

    private void checkMedicalAndIndependence(SurveyAnswers answers, List<Violation> errors) {
        for (int no : answers.specialMedicalCare()) {
            if (catalog.medicalCare(no).isEmpty()) {
                errors.add(new Violation("medical", "特別な医療の番号 " + no + " は認定調査票にありません"));
            }
        }
        if (answers.bedriddenLevel() == null) {
            errors.add(new Violation("item." + SurveyCatalog.BEDRIDDEN_NOTE,
                    "障害高齢者の日常生活自立度（寝たきり度）を選択してください"));
        }
        if (answers.dementiaLevel() == null) {
            errors.add(new Violation("item." + SurveyCatalog.DEMENTIA_NOTE, "認知症高齢者の日常生活自立度を選択してください"));
        }
    }

    private void checkNotes(SurveyAnswers answers, List<Violation> errors) {
        Set<String> known = Set.copyOf(catalog.noteIds());
        answers.notes().forEach((id, text) -> {
            if (!known.contains(id)) {
                errors.add(new Violation("note." + id, "特記事項の項目 " + id + " は認定調査票にありません"));
            } else if (text.length() > NOTE_MAX) {
                errors.add(new Violation("note." + id, "特記事項（" + id + " " + catalog.nameOf(id) + "）は"
                        + NOTE_MAX + "文字以内で入力してください"));
            }
        });
    }

    private static void tooLong(String value, int max, String field, String label, List<Violation> errors) {
        if (value != null && value.length() > max) {
            errors.add(new Violation(field, "概況調査: " + label + "は" + max + "文字以内で入力してください"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
