package jp.nintei.primary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;
import jp.nintei.survey.SurveyCatalog;

/** forms/primary-result.form offers exactly the values the validator and the enums know. */
class PrimaryResultFormTest {

    final JsonNode form = read();

    @Test
    void everyTimeAndGroupScoreHasARequiredField() {
        for (CareTime t : CareTime.values()) {
            assertThat(field(RecordEnteredResultDelegate.formKey(t)).at("/validate/required").asBoolean()).as(t.name()).isTrue();
        }
        var catalog = new SurveyCatalog();
        for (int g = 1; g <= PrimaryResultValidator.GROUPS; g++) {
            JsonNode score = field("groupScore" + g);
            assertThat(score.at("/validate/max").asInt()).isEqualTo(100);
            assertThat(score.get("label").asText()).isEqualTo("第" + g + "群 " + catalog.group(String.valueOf(g)).orElseThrow().name());
        }
        assertThat(field("standardTimeMinutes").at("/validate/required").asBoolean()).isTrue();
    }

    @Test
    void selectOptionsAreTheScalesAndLevels() {
        assertThat(options("resultSurveyBedridden")).containsExactlyElementsOf(values(BedriddenLevel.values()));
        assertThat(options("resultOpinionBedridden")).containsExactlyElementsOf(values(BedriddenLevel.values()));
        assertThat(options("resultSurveyDementia")).containsExactlyElementsOf(values(DementiaLevel.values()));
        assertThat(options("resultOpinionDementia")).containsExactlyElementsOf(values(DementiaLevel.values()));
        assertThat(options("primaryCareLevel")).containsExactlyElementsOf(values(CareLevel.values()));
        assertThat(options("conditionStability")).containsExactlyElementsOf(values(Stability.values()));
    }

    private List<String> options(String key) {
        List<String> out = new ArrayList<>();
        field(key).get("values").forEach(v -> out.add(v.get("value").asText() + "=" + v.get("label").asText()));
        return out;
    }

    private static List<String> values(Enum<?>[] values) {
        return Arrays.stream(values).map(e -> e.name() + "=" + label(e)).toList();
    }

    private static String label(Enum<?> e) {
        if (e instanceof BedriddenLevel b) {
            return b.label();
        }
        if (e instanceof DementiaLevel d) {
            return d.label();
        }
        if (e instanceof CareLevel c) {
            return c.label();
        }
        return ((Stability) e).label();
    }

    private JsonNode field(String key) {
        for (JsonNode c : form.get("components")) {
            if (key.equals(c.path("key").asText())) {
                assertThat(c.get("id").asText()).isEqualTo("Field_" + key);
                return c;
            }
        }
        throw new AssertionError("no field " + key + " in primary-result.form");
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Files.readString(Path.of("forms/primary-result.form")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
