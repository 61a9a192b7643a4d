package dev.archivist.edit;

import dev.archivist.model.YamlPath;
import java.util.List;

/** Short names of places for menus and messages ("the title", "reply 2 of thread 4"). */
public final class Labels {

    private Labels() {
    }

    public static String of(YamlPath path) {
        List<Object> s = path.segments();
        if (s.isEmpty()) {
            return "the page";
        }
        if (TranscriptTree.TRANSCRIPT.equals(s.get(0)) && s.size() >= 2 && s.get(1) instanceof Integer i) {
            return "item " + (i + 1) + " of the transcript";
        }
        if (!"archive".equals(s.get(0))) {
            return "the " + s.get(0);
        }
        if (s.size() < 2) {
            return "the threads";
        }
        String thread = "thread " + ((Integer) s.get(1) + 1);
        if (s.size() >= 4 && "replies".equals(s.get(2)) && s.get(3) instanceof Integer r) {
            return "reply " + (r + 1) + " of " + thread;
        }
        return thread;
    }
}
