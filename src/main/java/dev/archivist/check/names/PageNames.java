package dev.archivist.check.names;

import dev.archivist.model.BookArchive;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The names a page's messages are posted under (with their places) and the texts that may mention them. */
record PageNames(Map<String, List<YamlPath>> places, List<Text> texts) {

    /** A message text and its place. */
    record Text(YamlPath path, String text) {
    }

    static PageNames of(YMapping root) {
        Map<String, List<YamlPath>> places = new LinkedHashMap<>();
        List<Text> texts = new ArrayList<>();
        for (BookArchive.Message t : BookArchive.of(root).threads()) {
            add(t, places, texts);
            for (BookArchive.Message r : t.replies()) {
                add(r, places, texts);
            }
        }
        return new PageNames(places, texts);
    }

    private static void add(BookArchive.Message m, Map<String, List<YamlPath>> places, List<Text> texts) {
        if (m.name() != null && !m.name().isBlank()) {
            places.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m.path().key("name"));
        }
        if (m.text() != null && !m.text().isEmpty()) {
            texts.add(new Text(m.path().key("text"), m.text()));
        }
    }

    /** Spelling to uses on this page. */
    Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        places.forEach((name, where) -> out.put(name, where.size()));
        return out;
    }
}
