package jp.nintei.survey;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;
import jp.nintei.survey.SurveyAnswers.Overview;
import jp.nintei.survey.SurveyAnswers.ServiceUse;

/**
 * Reads the posted fields of one entry page into the draft. Field names follow the catalog ids:
 * {@code item.1-7} (choice numbers), {@code note.1-7}, {@code medical} (numbers), the 自立度
 * and the 概況調査 fields. A value that cannot be read is left out and reported.
 */
final class SurveyForms {

    /** The updated answers and what could not be read. */
    record Parsed(SurveyAnswers answers, List<String> problems) {
    }

    private SurveyForms() {
    }

    static Parsed apply(SurveyPage page, SurveyAnswers answers, MultiValueMap<String, String> form, SurveyCatalog catalog) {
        List<String> problems = new ArrayList<>();
        SurveyAnswers updated = switch (page) {
            case OVERVIEW -> answers.withOverview(overview(form, problems));
            case MEDICAL -> medical(answers, form, catalog, problems);
            case CONFIRM -> answers;
            default -> group(page.groupId(), answers, form, catalog, problems);
        };
        return new Parsed(updated, problems);
    }

    private static Overview overview(MultiValueMap<String, String> form, List<String> problems) {
        LocalDateTime surveyedAt = null;
        String at = text(form, "surveyedAt");
        if (at != null) {
            try {
                surveyedAt = LocalDateTime.parse(at);
            } catch (DateTimeParseException e) {
                problems.add("実施日時は「年-月-日 時:分」の形式で入力してください");
            }
        }
        PlaceKind placeKind = enumValue(PlaceKind.class, text(form, "placeKind"), "実施場所", problems);
        List<ServiceUse> services = new ArrayList<>();
        for (ServiceKind kind : ServiceKind.values()) {
            if (form.containsKey("service." + kind.name())) {
                services.add(new ServiceUse(kind, number(form, "amount." + kind.name(), kind.label() + "の利用量", problems),
                        text(form, "serviceNote." + kind.name())));
            }
        }
        return new Overview(surveyedAt, placeKind, text(form, "place"), text(form, "surveyorId"), services,
                text(form, "facility"), text(form, "family"), text(form, "housing"));
    }

    private static SurveyAnswers group(String groupId, SurveyAnswers answers, MultiValueMap<String, String> form,
            SurveyCatalog catalog, List<String> problems) {
        var group = catalog.group(groupId).orElseThrow();
        Map<String, List<Integer>> choices = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (var item : group.items()) {
            ids.add(item.id());
            List<Integer> chosen = numbers(form.get("item." + item.id()), item.name(), problems);
            if (!chosen.isEmpty()) {
                choices.put(item.id(), chosen);
            }
            String note = text(form, "note." + item.id());
            if (note != null) {
                notes.put(item.id(), note);
            }
        }
        return answers.withItems(ids, choices, notes);
    }

    private static SurveyAnswers medical(SurveyAnswers answers, MultiValueMap<String, String> form, SurveyCatalog catalog,
            List<String> problems) {
        List<Integer> medical = numbers(form.get("medical"), "特別な医療", problems);
        List<String> noteIds = new ArrayList<>();
        Map<String, String> notes = new HashMap<>();
        catalog.medicalCare().forEach(m -> noteIds.add(m.id()));
        noteIds.add(SurveyCatalog.BEDRIDDEN_NOTE);
        noteIds.add(SurveyCatalog.DEMENTIA_NOTE);
        for (String id : noteIds) {
            String note = text(form, "note." + id);
            if (note != null) {
                notes.put(id, note);
            }
        }
        return answers.withMedicalAndIndependence(medical,
                enumValue(BedriddenLevel.class, text(form, "bedriddenLevel"), "障害高齢者の日常生活自立度", problems),
                enumValue(DementiaLevel.class, text(form, "dementiaLevel"), "認知症高齢者の日常生活自立度", problems),
                noteIds, notes);
    }

    private static List<Integer> numbers(List<String> values, String label, List<String> problems) {
        List<Integer> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                try {
                    out.add(Integer.parseInt(v.strip()));
                } catch (NumberFormatException e) {
                    problems.add("「" + label + "」の選択が正しくありません");
                }
            }
        }
        return out;
    }

    private static Integer number(MultiValueMap<String, String> form, String name, String label, List<String> problems) {
        String v = text(form, name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            problems.add(label + "は数字で入力してください");
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String label, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(label + "の選択が正しくありません");
            return null;
        }
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
