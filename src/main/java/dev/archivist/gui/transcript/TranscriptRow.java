package dev.archivist.gui.transcript;

import dev.archivist.model.PodcastEpisode;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;

/** One item of {@code transcript} as the tree shows it: a section's header, or a spoken line. */
public record TranscriptRow(int index, YNode node) {

    public boolean isHeader() {
        return node instanceof YMapping m && m.get("header").isPresent();
    }

    /** A field of the item as written, or "" when it has none. */
    public String field(String key) {
        String v = node instanceof YMapping m ? PodcastEpisode.value(m, key) : null;
        return v == null ? "" : v;
    }

    /** The start of the line's text, on one line. */
    public String preview() {
        String t = field("line").replaceAll("\\s+", " ").strip();
        return t.length() > 80 ? t.substring(0, 79) + "…" : t;
    }
}
