package jp.nintei.survey;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;

/**
 * What a surveyor records, complete or not (a draft is the same shape): 概況調査, the chosen
 * choice numbers per 基本調査 item, the 特別な医療 numbers checked, both 日常生活自立度 and the
 * 特記事項 by item id. Immutable; stored as JSON.
 */
public record SurveyAnswers(Overview overview, Map<String, List<Integer>> choices, List<Integer> specialMedicalCare,
        BedriddenLevel bedriddenLevel, DementiaLevel dementiaLevel, Map<String, String> notes) {

    public static final SurveyAnswers EMPTY = new SurveyAnswers(null, null, null, null, null, null);

    /** 概況調査: when, where, who, the services in use, family and housing. */
    public record Overview(LocalDateTime surveyedAt, PlaceKind placeKind, String place, String surveyorId,
            List<ServiceUse> services, String facility, String family, String housing) {

        public static final Overview EMPTY = new Overview(null, null, null, null, null, null, null, null);

        public Overview {
            services = services == null ? List.of() : List.copyOf(services);
        }
    }

    /** One service in use: its kind, the amount in the kind's unit, and a note. */
    public record ServiceUse(ServiceKind kind, Integer amount, String note) {

        /** The amount in the kind's unit (8 回/月), or あり where the form asks for no number. */
        public String amountLabel() {
            return kind.countable() && amount != null ? amount + " " + kind.unit() : "あり";
        }
    }

    public SurveyAnswers {
        overview = overview == null ? Overview.EMPTY : overview;
        choices = sortedChoices(choices);
        specialMedicalCare = specialMedicalCare == null ? List.of() : List.copyOf(new TreeSet<>(specialMedicalCare));
        notes = sortedNotes(notes);
    }

    public List<Integer> choicesOf(String itemId) {
        return choices.getOrDefault(itemId, List.of());
    }

    public boolean isChosen(String itemId, int choice) {
        return choicesOf(itemId).contains(choice);
    }

    public boolean hasMedicalCare(int no) {
        return specialMedicalCare.contains(no);
    }

    public String noteOf(String id) {
        return notes.get(id);
    }

    public SurveyAnswers withOverview(Overview value) {
        return new SurveyAnswers(value, choices, specialMedicalCare, bedriddenLevel, dementiaLevel, notes);
    }

    /** Replaces the answers and notes of the given items (one page), keeping everything else. */
    public SurveyAnswers withItems(Collection<String> itemIds, Map<String, List<Integer>> newChoices,
            Map<String, String> newNotes) {
        var c = new TreeMap<>(choices);
        var n = new TreeMap<>(notes);
        for (String id : itemIds) {
            c.remove(id);
            n.remove(id);
        }
        c.putAll(newChoices);
        n.putAll(newNotes);
        return new SurveyAnswers(overview, c, specialMedicalCare, bedriddenLevel, dementiaLevel, n);
    }

    public SurveyAnswers withMedicalAndIndependence(List<Integer> medical, BedriddenLevel bedridden,
            DementiaLevel dementia, Collection<String> noteIds, Map<String, String> newNotes) {
        var n = new TreeMap<>(notes);
        noteIds.forEach(n::remove);
        n.putAll(newNotes);
        return new SurveyAnswers(overview, choices, medical, bedridden, dementia, n);
    }

    private static Map<String, List<Integer>> sortedChoices(Map<String, List<Integer>> in) {
        var out = new TreeMap<String, List<Integer>>(ItemIds.ORDER);
        if (in != null) {
            in.forEach((id, list) -> {
                if (id != null && list != null && !list.isEmpty()) {
                    out.put(id, List.copyOf(new TreeSet<>(list.stream().filter(v -> v != null).toList())));
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> sortedNotes(Map<String, String> in) {
        var out = new TreeMap<String, String>(ItemIds.ORDER);
        if (in != null) {
            in.forEach((id, text) -> {
                if (id != null && text != null && !text.isBlank()) {
                    out.put(id, text.strip());
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }

    /** Item ids whose answer differs from {@code previous}: 基本調査 items, 6-n and 7-1/7-2. */
    public List<String> changedSince(SurveyAnswers previous, SurveyCatalog catalog) {
        List<String> changed = new ArrayList<>();
        for (var item : catalog.items()) {
            if (!choicesOf(item.id()).equals(previous.choicesOf(item.id()))) {
                changed.add(item.id());
            }
        }
        for (var care : catalog.medicalCare()) {
            if (hasMedicalCare(care.no()) != previous.hasMedicalCare(care.no())) {
                changed.add(care.id());
            }
        }
        if (bedriddenLevel != previous.bedriddenLevel()) {
            changed.add(SurveyCatalog.BEDRIDDEN_NOTE);
        }
        if (dementiaLevel != previous.dementiaLevel()) {
            changed.add(SurveyCatalog.DEMENTIA_NOTE);
        }
        return List.copyOf(changed);
    }
}
