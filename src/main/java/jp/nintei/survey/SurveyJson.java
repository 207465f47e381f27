package jp.nintei.survey;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Answers to and from the JSON stored in drafts and versions (ISO dates, unknown fields kept out). */
@Component
class SurveyJson {

    private final ObjectMapper json;

    SurveyJson(ObjectMapper mapper) {
        this.json = mapper.copy()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    String write(SurveyAnswers answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("survey answers are not serialisable", e);
        }
    }

    SurveyAnswers read(String text) {
        try {
            return text == null || text.isBlank() ? SurveyAnswers.EMPTY : json.readValue(text, SurveyAnswers.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored survey answers cannot be read", e);
        }
    }
}
