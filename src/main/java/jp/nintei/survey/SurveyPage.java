package jp.nintei.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The pages of survey entry, in the order of the 認定調査票. */
public enum SurveyPage {
    OVERVIEW("overview", null),
    GROUP_1("group-1", "1"),
    GROUP_2("group-2", "2"),
    GROUP_3("group-3", "3"),
    GROUP_4("group-4", "4"),
    GROUP_5("group-5", "5"),
    MEDICAL("medical", SurveyCatalog.MEDICAL_GROUP),
    CONFIRM("confirm", null);

    private final String slug;
    private final String groupId;

    SurveyPage(String slug, String groupId) {
        this.slug = slug;
        this.groupId = groupId;
    }

    public String slug() {
        return slug;
    }

    /** The catalog group of a 基本調査 page, null for the others. */
    String groupId() {
        return this == MEDICAL ? null : groupId;
    }

    public String title(SurveyCatalog catalog) {
        return switch (this) {
            case OVERVIEW -> "概況調査";
            case MEDICAL -> "第6群 特別な医療・第7群 日常生活自立度";
            case CONFIRM -> "確認・提出";
            default -> "第" + groupId + "群 " + catalog.group(groupId).map(SurveyCatalog.Group::name).orElse("");
        };
    }

    Optional<SurveyPage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    Optional<SurveyPage> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    static Optional<SurveyPage> of(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }

    static List<SurveyPage> all() {
        return List.of(values());
    }

    /** The page on which a validation field ("item.1-7", "note.6-3", "overview.place") is entered. */
    public static SurveyPage ofField(String field) {
        if (field == null || field.startsWith("overview.")) {
            return OVERVIEW;
        }
        if (field.startsWith("warning.") || field.equals("correctionReason")) {
            return CONFIRM;
        }
        String id = field.substring(field.indexOf('.') + 1);
        String group = id.contains("-") ? id.substring(0, id.indexOf('-')) : "";
        return switch (group) {
            case "1" -> GROUP_1;
            case "2" -> GROUP_2;
            case "3" -> GROUP_3;
            case "4" -> GROUP_4;
            case "5" -> GROUP_5;
            default -> MEDICAL;
        };
    }
}
