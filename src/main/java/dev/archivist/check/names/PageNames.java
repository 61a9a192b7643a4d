package dev.archivist.check.names;

import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a page's messages are posted under (with their places) and the texts that may
 * mention them. Read straight from the tree: a 10,000-thread archive has 35,000 messages.
 */
record PageNames(Map<String, List<YamlPath>> places, List<Text> texts) {

    /** A message text and where it is: the thread, and the reply or -1 for the question. */
    record Text(int thread, int reply, String text) {
        YamlPath path() {
            return reply < 0 ? YamlPath.of("archive", thread, "text")
                    : YamlPath.of("archive", thread, "replies", reply, "text");
        }
    }

    static PageNames of(YMapping root) {
        Map<String, List<YamlPath>> places = new LinkedHashMap<>();
        List<Text> texts = new ArrayList<>();
        if (root.get("archive").orElse(null) instanceof YSequence threads) {
            for (int i = 0; i < threads.size(); i++) {
                if (threads.get(i) instanceof YMapping t) {
                    add(t, i, -1, places, texts);
                    if (t.get("replies").orElse(null) instanceof YSequence replies) {
                        for (int j = 0; j < replies.size(); j++) {
                            YNode r = replies.get(j);
                            if (r instanceof YMapping reply) {
                                add(reply, i, j, places, texts);
                            }
                        }
                    }
                }
            }
        }
        return new PageNames(places, texts);
    }

    private static void add(YMapping m, int thread, int reply, Map<String, List<YamlPath>> places, List<Text> texts) {
        String name = m.text("name");
        if (name != null && !name.isBlank()) {
            YamlPath path = reply < 0 ? YamlPath.of("archive", thread, "name")
                    : YamlPath.of("archive", thread, "replies", reply, "name");
            places.computeIfAbsent(name, k -> new ArrayList<>()).add(path);
        }
        String text = m.text("text");
        if (text != null && !text.isEmpty()) {
            texts.add(new Text(thread, reply, text));
        }
    }

    /** Spelling to uses on this page. */
    Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        places.forEach((name, where) -> out.put(name, where.size()));
        return out;
    }
}
