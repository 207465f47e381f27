package jp.nintei.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The 基本調査 of the 認定調査票 as domain/survey-items.json states it: groups 1–5 with their items
 * and official choices, the 12 特別な医療 (group 6) and the two 日常生活自立度 (group 7). Entry
 * pages, validation, change marks and the 認定ソフト export all read this; nothing retypes it.
 */
@Component
public class SurveyCatalog {

    public static final String RESOURCE = "/domain/survey-items.json";
    /** 特別な医療 is group 6 of the 認定調査票; its items get the ids 6-1 … 6-12 from their numbers. */
    public static final String MEDICAL_GROUP = "6";
    /** 日常生活自立度 is group 7; 特記事項 about it are keyed 7-1 (寝たきり度) and 7-2 (認知症). */
    public static final String BEDRIDDEN_NOTE = "7-1";
    public static final String DEMENTIA_NOTE = "7-2";
    static final String UNANSWERED = "未回答";

    /** One 基本調査 item; choice numbers start at 1 in official order. */
    public record Item(String id, String group, String name, boolean multipleChoice, List<String> choices) {

        public String choiceLabel(int number) {
            return number >= 1 && number <= choices.size() ? choices.get(number - 1) : "（不明な選択肢 " + number + "）";
        }

        public boolean isChoice(int number) {
            return number >= 1 && number <= choices.size();
        }

        /** The chosen choices as text (左上肢・右下肢), or 未回答. */
        public String answerLabel(List<Integer> chosen) {
            return chosen.isEmpty() ? UNANSWERED
                    : chosen.stream().map(this::choiceLabel).collect(Collectors.joining("・"));
        }
    }

    public record Group(String id, String name, List<Item> items) {
    }

    /** One 特別な医療 (checked or not). */
    public record MedicalCare(int no, String id, String name) {
    }

    private final List<Group> groups;
    private final Map<String, Item> items;
    private final List<MedicalCare> medicalCare;
    private final String about;

    public SurveyCatalog() {
        this(read());
    }

    SurveyCatalog(JsonNode root) {
        this.about = root.path("about").asText();
        Map<String, Item> byId = new LinkedHashMap<>();
        for (JsonNode n : root.get("items")) {
            List<String> choices = new ArrayList<>();
            n.get("choices").forEach(c -> choices.add(c.asText()));
            Item item = new Item(n.get("id").asText(), n.get("group").asText(), n.get("name").asText(),
                    n.get("multipleChoice").asBoolean(), List.copyOf(choices));
            if (item.multipleChoice() && !"ない".equals(item.choices().get(0))) {
                // The "none" rule of multi-choice items (麻痺, 拘縮) relies on choice 1 being ない.
                throw new IllegalStateException("multi-choice item " + item.id() + " must start with ない");
            }
            byId.put(item.id(), item);
        }
        List<Group> list = new ArrayList<>();
        for (JsonNode g : root.get("groups")) {
            String id = g.get("id").asText();
            List<Item> members = byId.values().stream().filter(i -> i.group().equals(id)).toList();
            if (members.size() != g.get("items").asInt()) {
                throw new IllegalStateException("group " + id + " lists " + g.get("items").asInt() + " items, found " + members.size());
            }
            list.add(new Group(id, g.get("name").asText(), members));
        }
        List<MedicalCare> medical = new ArrayList<>();
        for (JsonNode m : root.get("specialMedicalCare").get("items")) {
            int no = m.get("no").asInt();
            medical.add(new MedicalCare(no, MEDICAL_GROUP + "-" + no, m.get("name").asText()));
        }
        this.groups = List.copyOf(list);
        this.items = Map.copyOf(byId);
        this.medicalCare = List.copyOf(medical);
    }

    private static JsonNode read() {
        try (InputStream in = SurveyCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Groups 1–5 in order. */
    public List<Group> groups() {
        return groups;
    }

    public Optional<Group> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The items of groups 1–5 in official order. */
    public List<Item> items() {
        return groups.stream().flatMap(g -> g.items().stream()).toList();
    }

    public Optional<Item> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    public List<MedicalCare> medicalCare() {
        return medicalCare;
    }

    public Optional<MedicalCare> medicalCare(int no) {
        return medicalCare.stream().filter(m -> m.no() == no).findFirst();
    }

    /** Every id a 特記事項 may be keyed to: the items, the 特別な医療 and both 自立度. */
    public List<String> noteIds() {
        List<String> ids = new ArrayList<>(items().stream().map(Item::id).toList());
        medicalCare.forEach(m -> ids.add(m.id()));
        ids.add(BEDRIDDEN_NOTE);
        ids.add(DEMENTIA_NOTE);
        return List.copyOf(ids);
    }

    /** The name shown for a note id: item name, 特別な医療 name or the 自立度 scale. */
    public String nameOf(String noteId) {
        if (BEDRIDDEN_NOTE.equals(noteId)) {
            return "障害高齢者の日常生活自立度（寝たきり度）";
        }
        if (DEMENTIA_NOTE.equals(noteId)) {
            return "認知症高齢者の日常生活自立度";
        }
        return item(noteId).map(Item::name)
                .or(() -> medicalCare.stream().filter(m -> m.id().equals(noteId)).map(MedicalCare::name).findFirst())
                .orElse(noteId);
    }

    /**
     * The answer to a note id as text, the one wording entry pages, change lists and the board
     * packet share: the chosen choices, あり/なし for a 特別な医療, the 自立度 rank, or 未回答.
     */
    public String describe(SurveyAnswers answers, String noteId) {
        if (BEDRIDDEN_NOTE.equals(noteId)) {
            return answers.bedriddenLevel() == null ? UNANSWERED : answers.bedriddenLevel().label();
        }
        if (DEMENTIA_NOTE.equals(noteId)) {
            return answers.dementiaLevel() == null ? UNANSWERED : answers.dementiaLevel().label();
        }
        if (noteId.startsWith(MEDICAL_GROUP + "-")) {
            return answers.hasMedicalCare(Integer.parseInt(noteId.substring(2))) ? "あり" : "なし";
        }
        return item(noteId).map(item -> item.answerLabel(answers.choicesOf(noteId))).orElse("");
    }

    /**
     * The number of answer units the 認定調査票 counts: each item, 麻痺 and 拘縮 counted by their
     * sites (choices after ない), plus the 特別な医療. 74 for the official form.
     */
    public int officialItemCount() {
        int units = items().stream().mapToInt(i -> i.multipleChoice() ? i.choices().size() - 1 : 1).sum();
        return units + medicalCare.size();
    }

    public String about() {
        return about;
    }
}
