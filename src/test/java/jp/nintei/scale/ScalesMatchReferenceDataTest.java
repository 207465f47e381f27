package jp.nintei.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The scale enums are the reference data's scales, in the same order. */
class ScalesMatchReferenceDataTest {

    @Test
    void dementiaScale() throws IOException {
        assertThat(Arrays.stream(DementiaLevel.values()).map(DementiaLevel::label).toList())
                .isEqualTo(scale("認知症高齢者の日常生活自立度"));
    }

    @Test
    void bedriddenScale() throws IOException {
        assertThat(Arrays.stream(BedriddenLevel.values()).map(BedriddenLevel::label).toList())
                .isEqualTo(scale("障害高齢者の日常生活自立度（寝たきり度）"));
    }

    @Test
    void levelTwoOrAbove() {
        assertThat(DementiaLevel.I.isAtLeastII()).isFalse();
        assertThat(DementiaLevel.IIA.isAtLeastII()).isTrue();
        assertThat(DementiaLevel.M.isAtLeastII()).isTrue();
    }

    private static List<String> scale(String name) throws IOException {
        try (var in = ScalesMatchReferenceDataTest.class.getResourceAsStream("/domain/survey-items.json")) {
            JsonNode scales = new ObjectMapper().readTree(in).get("independenceScales").get(name);
            return java.util.stream.StreamSupport.stream(scales.spliterator(), false).map(JsonNode::asText).toList();
        }
    }
}
