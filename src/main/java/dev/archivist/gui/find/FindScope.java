package dev.archivist.gui.find;

import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import java.util.LinkedHashSet;
import java.util.Set;

/** Which values a find looks in, as the keys they are under ({@link dev.archivist.edit.Replace.Query#keys}). */
public enum FindScope {
    ALL("Every text"),
    NAMES("Names"),
    TEXTS("Texts and transcript lines"),
    LINKS("Links");

    private final String label;

    FindScope(String label) {
        this.label = label;
    }

    /** The keys for a page (links take the platforms of an episode's {@code links:} mapping too); empty: every value. */
    public Set<String> keys(YMapping root) {
        return switch (this) {
            case ALL -> Set.of();
            case NAMES -> Set.of("name", "who", "authors", "guests");
            case TEXTS -> Set.of("text", "line", "description", "intro", "short", "header", "title", "bio");
            case LINKS -> links(root);
        };
    }

    private static Set<String> links(YMapping root) {
        Set<String> out = new LinkedHashSet<>(Set.of("link", "url", "cover", "image", "picture", "linkedin", "twitter",
                "github", "web"));
        YNode links = root == null ? null : root.get("links").orElse(null);
        if (links instanceof YMapping m) {
            m.entries().forEach(e -> out.add(e.name()));
        }
        return out;
    }

    @Override
    public String toString() {
        return label;
    }
}
