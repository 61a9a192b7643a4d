package dev.archivist.gui.threads;

import dev.archivist.edit.Archive;
import dev.archivist.model.YNode;

/** What one row of the thread tree shows: a message and where it stands. */
public record MessageRow(MessagePlace place, YNode node) {

    public String name() {
        return Archive.text(node, "name");
    }

    /** The first line of the text, trimmed for a row. */
    public String preview() {
        String t = Archive.text(node, "text").strip();
        int nl = t.indexOf('\n');
        String first = nl < 0 ? t : t.substring(0, nl);
        return first.length() > 140 ? first.substring(0, 140) + "…" : first;
    }
}
