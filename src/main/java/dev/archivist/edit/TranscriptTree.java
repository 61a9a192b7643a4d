package dev.archivist.edit;

import dev.archivist.model.PodcastEpisode;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading an episode's {@code transcript}: a flat list of headers ({@code {header}}) and lines
 * ({@code {line, who, time, sec}}) that stands for a tree, a section being a header and the lines
 * after it up to the next header (lines before the first header belong to no section), and the
 * {@code m:ss} / {@code h:mm:ss} times the site writes.
 */
public final class TranscriptTree {
    public static final String TRANSCRIPT = "transcript";
    public static final String HEADER = "header";
    public static final String LINE = "line";
    public static final String WHO = "who";
    public static final String TIME = "time";
    public static final String SEC = "sec";
    /** The order the site's pages write a line's keys in (PyYAML's sorted keys). */
    private static final List<String> KEY_ORDER = List.of(HEADER, LINE, SEC, TIME, WHO);

    private TranscriptTree() {
    }

    /** The transcript's list, or null when the page has none. */
    static YSequence list(YMapping root) {
        return root.get(TRANSCRIPT).filter(YSequence.class::isInstance).map(YSequence.class::cast).orElse(null);
    }

    /**
     * The items of the transcript.
     *
     * @throws InvalidEdit when the page has no transcript list
     */
    static List<YNode> items(YMapping root) {
        YSequence s = list(root);
        if (s == null) {
            throw new InvalidEdit("the page has no transcript");
        }
        return s.items();
    }

    /** The index of a transcript item's path ({@code transcript[12]}). */
    static int index(YamlPath path, String what) {
        List<Object> s = path.segments();
        if (s.size() != 2 || !TRANSCRIPT.equals(s.get(0)) || !(s.get(1) instanceof Integer i)) {
            throw new InvalidEdit("give " + what + " as a transcript item, such as transcript[12], not " + path);
        }
        return i;
    }

    public static YamlPath path(int index) {
        return YamlPath.of(TRANSCRIPT, index);
    }

    public static boolean isHeader(YNode item) {
        return item instanceof YMapping m && m.indexOf(HEADER) >= 0;
    }

    /** The index after the last line of the section whose header is at {@code header}: the next header's, or the end. */
    public static int sectionEnd(List<YNode> items, int header) {
        int i = header + 1;
        while (i < items.size() && !isHeader(items.get(i))) {
            i++;
        }
        return i;
    }

    /** The item at an index, which must be there. */
    static YNode item(List<YNode> items, int i) {
        if (i < 0 || i >= items.size()) {
            throw new InvalidEdit("there is no " + path(i) + " (the transcript has " + items.size() + " items)");
        }
        return items.get(i);
    }

    /** The header at an index, which must be one. */
    static YMapping header(List<YNode> items, int i) {
        if (!(item(items, i) instanceof YMapping m) || !isHeader(m)) {
            throw new InvalidEdit(path(i) + " is a line, not a section's header");
        }
        return m;
    }

    /** The line at an index, which must be a mapping that is not a header. */
    static YMapping line(List<YNode> items, int i) {
        YNode n = item(items, i);
        if (isHeader(n)) {
            throw new InvalidEdit(path(i) + " is a section's header, not a line");
        }
        if (!(n instanceof YMapping m)) {
            throw new InvalidEdit(path(i) + " is not a line of the transcript");
        }
        return m;
    }

    /** A line's text, which must be a string. */
    static YScalar text(YMapping line, int i) {
        if (line.get(LINE).orElse(null) instanceof YScalar s && s.isString()) {
            return s;
        }
        throw new InvalidEdit(path(i) + " has no text (no line: string)");
    }

    /** A mapping with a key set: replaced where it stands, or added where the site's key order puts it. */
    static YMapping with(YMapping m, String key, YNode value) {
        if (m.indexOf(key) >= 0) {
            return m.with(key, value);
        }
        List<YEntry> entries = new ArrayList<>(m.entries());
        int rank = KEY_ORDER.indexOf(key);
        int at = entries.size();
        for (int i = 0; i < entries.size() && rank >= 0; i++) {
            if (KEY_ORDER.indexOf(entries.get(i).name()) > rank) {
                at = i;
                break;
            }
        }
        entries.add(at, new YEntry(YScalar.str(key), value));
        return m.withEntries(entries);
    }

    /** A time as the site writes it ({@link PodcastEpisode#clock(int)}). */
    public static String time(int seconds) {
        if (seconds < 0) {
            throw new InvalidEdit("a time cannot be negative: " + seconds);
        }
        return PodcastEpisode.clock(seconds);
    }

    /** The seconds of a time written {@code m:ss}, {@code mm:ss} or {@code h:mm:ss} ({@link PodcastEpisode#clock(String)}). */
    public static int seconds(String time) {
        return PodcastEpisode.clock(time).orElseThrow(
                () -> new InvalidEdit("'" + time + "' is not a time such as 1:23 or 1:02:03"));
    }

    /** A short name for a section in menus: its header, cut to a few words. */
    static String name(YMapping header) {
        String h = header.text(HEADER);
        if (h == null || h.isBlank()) {
            return "the untitled section";
        }
        h = h.strip();
        return "section \u201c" + (h.length() > 40 ? h.substring(0, 39) + "\u2026" : h) + "\u201d";
    }
}
