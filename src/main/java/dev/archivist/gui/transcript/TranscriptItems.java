package dev.archivist.gui.transcript;

import dev.archivist.edit.TranscriptTree;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.util.List;

/**
 * The transcript as the tree sees it: its items (none when the page has no transcript), the section
 * an item stands in, new items. Headers and section ends are the engine's ({@link TranscriptTree}).
 */
final class TranscriptItems {
    static final String KEY = "transcript";
    static final String NEW_SECTION = "New section";

    private TranscriptItems() {
    }

    static List<YNode> items(YMapping root) {
        return root != null && root.get(KEY).orElse(null) instanceof YSequence s ? s.items() : List.of();
    }

    /** The header of the section an item stands in, or -1 when it comes before every header. */
    static int sectionOf(List<YNode> items, int index) {
        for (int i = index; i >= 0; i--) {
            if (TranscriptTree.isHeader(items.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static YMapping newLine(String who) {
        return YMapping.of(List.of(new YEntry(YScalar.str("line"), YScalar.str("")),
                new YEntry(YScalar.str("who"), YScalar.str(who))));
    }

}
