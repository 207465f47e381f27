package jp.nintei.opinion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 特別な医療（過去14日間以内に受けた医療）: the twelve items of domain/survey-items.json, the same
 * list the survey uses, so the opinion's section 2 and the survey can be compared item by item.
 */
@Component
public class SpecialMedicalCare {

    static final String REFERENCE = "domain/survey-items.json";

    /** One item: its number in the reference data and its name. */
    public record Item(int no, String name) {
    }

    private final Map<Integer, Item> items;

    SpecialMedicalCare(ObjectMapper json) {
        this.items = load(json);
    }

    public List<Item> items() {
        return List.copyOf(items.values());
    }

    public Optional<Item> item(int no) {
        return Optional.ofNullable(items.get(no));
    }

    public boolean exists(int no) {
        return items.containsKey(no);
    }

    private static Map<Integer, Item> load(ObjectMapper json) {
        try (InputStream in = new ClassPathResource(REFERENCE).getInputStream()) {
            JsonNode list = json.readTree(in).path("specialMedicalCare").path("items");
            Map<Integer, Item> items = new LinkedHashMap<>();
            list.forEach(node -> items.put(node.get("no").asInt(), new Item(node.get("no").asInt(), node.get("name").asText())));
            if (items.isEmpty()) {
                throw new IllegalStateException(REFERENCE + " has no specialMedicalCare items");
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + REFERENCE, e);
        }
    }
}
