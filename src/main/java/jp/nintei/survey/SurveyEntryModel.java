package jp.nintei.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.nintei.survey.SurveyAnswers.ServiceUse;
import jp.nintei.web.Violation;

/**
 * What an entry page shows, built from the catalog: each item with its choices, the answer so
 * far, the previous survey's answer and a change mark, and the errors of that page.
 */
final class SurveyEntryModel {

    record ItemRow(SurveyCatalog.Item item, List<Integer> chosen, String previous, boolean changed, String note,
            List<String> errors) {
    }

    record MedicalRow(SurveyCatalog.MedicalCare care, boolean checked, String previous, boolean changed, String note) {
    }

    record ServiceRow(ServiceKind kind, boolean used, Integer amount, String note, String previous) {
    }

    record Tab(SurveyPage page, String title, int errors, boolean current) {
    }

    record Change(String id, String name, String previous, String now) {
    }

    record ErrorLink(String message, String slug, String anchor) {
    }

    private final SurveyCatalog catalog;
    private final SurveyAnswers answers;
    private final SurveyAnswers previous;
    private final List<Violation> errors;

    SurveyEntryModel(SurveyCatalog catalog, SurveyAnswers answers, SurveyAnswers previous, List<Violation> errors) {
        this.catalog = catalog;
        this.answers = answers;
        this.previous = previous;
        this.errors = errors;
    }

    Set<String> changed() {
        return previous == null ? Set.of() : Set.copyOf(answers.changedSince(previous, catalog));
    }

    List<Tab> tabs(SurveyPage current) {
        Map<SurveyPage, Integer> counts = new LinkedHashMap<>();
        errors.forEach(e -> counts.merge(SurveyPage.ofField(e.field()), 1, Integer::sum));
        return SurveyPage.all().stream()
                .map(p -> new Tab(p, p.title(catalog), counts.getOrDefault(p, 0), p == current)).toList();
    }

    List<ItemRow> items(String groupId) {
        Set<String> changed = changed();
        return catalog.group(groupId).orElseThrow().items().stream().map(item -> new ItemRow(item,
                answers.choicesOf(item.id()), previous == null ? null : item.answerLabel(previous.choicesOf(item.id())),
                changed.contains(item.id()), answers.noteOf(item.id()), answers.choicesOf(item.id()).isEmpty() ? List.of()
                : errorsFor("item." + item.id()))).toList();
    }

    List<MedicalRow> medical() {
        Set<String> changed = changed();
        return catalog.medicalCare().stream().map(m -> new MedicalRow(m, answers.hasMedicalCare(m.no()),
                previous == null ? null : (previous.hasMedicalCare(m.no()) ? "あり" : "なし"), changed.contains(m.id()),
                answers.noteOf(m.id()))).toList();
    }

    List<ServiceRow> services() {
        Map<ServiceKind, ServiceUse> now = answers.overview().services().stream()
                .collect(Collectors.toMap(ServiceUse::kind, s -> s, (a, b) -> a));
        Map<ServiceKind, ServiceUse> before = previous == null ? Map.of() : previous.overview().services().stream()
                .collect(Collectors.toMap(ServiceUse::kind, s -> s, (a, b) -> a));
        return java.util.Arrays.stream(ServiceKind.values()).map(k -> {
            ServiceUse s = now.get(k);
            ServiceUse p = before.get(k);
            return new ServiceRow(k, s != null, s == null ? null : s.amount(), s == null ? null : s.note(),
                    previous == null ? null : (p == null ? "なし" : p.amountLabel()));
        }).toList();
    }

    /** Changes against another version of the answers (the previous survey, or the version being corrected). */
    List<Change> changesAgainst(SurveyAnswers other) {
        if (other == null) {
            return List.of();
        }
        List<Change> out = new ArrayList<>();
        for (String id : answers.changedSince(other, catalog)) {
            out.add(new Change(id, catalog.nameOf(id), catalog.describe(other, id), catalog.describe(answers, id)));
        }
        return out;
    }

    List<ErrorLink> errorLinks() {
        return errors.stream().map(e -> new ErrorLink(e.message(), SurveyPage.ofField(e.field()).slug(),
                e.field() != null && e.field().startsWith("item.") ? "item-" + e.field().substring(5) : null)).toList();
    }

    List<String> errorsFor(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).map(Violation::message).toList();
    }
}
