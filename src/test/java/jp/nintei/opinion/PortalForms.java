package jp.nintei.opinion;

import java.util.Iterator;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** An OpinionContent as the portal's HTML form posts it: diagnoses[0].name=…, repeated checkbox values. */
final class PortalForms {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private PortalForms() {
    }

    static MultiValueMap<String, String> of(OpinionContent content) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        flatten("", JSON.valueToTree(content), form);
        return form;
    }

    private static void flatten(String path, JsonNode node, MultiValueMap<String, String> form) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                var field = it.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), form);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isObject()) {
                    flatten(path + "[" + i + "]", item, form);
                } else {
                    form.add(path, item.asText());
                }
            }
        } else if (!node.isNull()) {
            form.add(path, node.asText());
        }
    }
}
