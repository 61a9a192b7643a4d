package dev.archivist.gui.transcript;

import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.List;

/** The transcript's shape as the tree sees it: items, where a section ends, new items. */
final class TranscriptItems {
    static final String KEY = "transcript";

    private TranscriptItems() {
    }

    static YamlPath path(int index) {
        return YamlPath.of(KEY, index);
    }

    static List<YNode> items(YMapping root) {
        return root != null && root.get(KEY).orElse(null) instanceof YSequence s ? s.items() : List.of();
    }

    static boolean isHeader(YNode n) {
        return n instanceof YMapping m && m.get("header").isPresent();
    }

    /** The index past the last item of the section (or run of lines) that starts at {@code index}. */
    static int sectionEnd(List<YNode> items, int index) {
        int i = index + 1;
        while (i < items.size() && !isHeader(items.get(i))) {
            i++;
        }
        return i;
    }

    /** The header of the section an item stands in, or -1 when it comes before every header. */
    static int sectionOf(List<YNode> items, int index) {
        for (int i = index; i >= 0; i--) {
            if (isHeader(items.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static YMapping newLine(String who) {
        return YMapping.of(List.of(new YEntry(YScalar.str("line"), YScalar.str("")),
                new YEntry(YScalar.str("who"), YScalar.str(who))));
    }

    static YMapping newHeader() {
        return YMapping.of(List.of(new YEntry(YScalar.str("header"), YScalar.str("New section"))));
    }
}
