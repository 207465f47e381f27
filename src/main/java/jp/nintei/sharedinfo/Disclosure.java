package jp.nintei.sharedinfo;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Which sections a viewer may see, and for each withheld one the reason, in Japanese. */
public record Disclosure(Set<Section> visible, Map<Section, String> withheld) {

    public Disclosure {
        visible = Collections.unmodifiableSet(visible.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(visible));
        withheld = Collections.unmodifiableMap(withheld.isEmpty() ? new EnumMap<>(Section.class) : new EnumMap<>(withheld));
    }

    public boolean shows(Section section) {
        return visible.contains(section);
    }

    public boolean showsNothing() {
        return visible.isEmpty();
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {

        private final Set<Section> visible = EnumSet.noneOf(Section.class);
        private final Map<Section, String> withheld = new EnumMap<>(Section.class);

        Builder show(Section... sections) {
            for (Section s : sections) {
                visible.add(s);
                withheld.remove(s);
            }
            return this;
        }

        Builder withhold(String reason, Section... sections) {
            for (Section s : sections) {
                visible.remove(s);
                withheld.put(s, reason);
            }
            return this;
        }

        Builder withholdAll(String reason) {
            return withhold(reason, Section.values());
        }

        Disclosure build() {
            return new Disclosure(visible, withheld);
        }
    }
}
