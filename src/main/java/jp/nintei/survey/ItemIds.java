package jp.nintei.survey;

import java.util.Comparator;

/** Item ids are "group-number" (1-1 … 5-6, 6-1 … 6-12, 7-1, 7-2); sorted numerically, 1-10 after 1-9. */
final class ItemIds {

    static final Comparator<String> ORDER = Comparator.comparingInt((String id) -> part(id, 0))
            .thenComparingInt(id -> part(id, 1)).thenComparing(Comparator.naturalOrder());

    private ItemIds() {
    }

    private static int part(String id, int index) {
        String[] parts = id.split("-");
        try {
            return parts.length > index ? Integer.parseInt(parts[index]) : 0;
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
