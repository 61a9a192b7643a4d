package dev.archivist.gui.metadata;

import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.util.ArrayList;
import java.util.List;

/** Pure edits of the page's header lists (authors, links) and of its other keys. */
final class MetadataEdits {

    private MetadataEdits() {
    }

    static List<YNode> items(YMapping root, String key) {
        YNode n = root.get(key).orElse(null);
        if (n instanceof YSequence s) {
            return s.items();
        }
        if (n instanceof YScalar s && !s.isNull() && !s.value().isEmpty()) {
            return List.of(s);
        }
        return List.of();
    }

    /** The list under a key with new items, keeping a flow list a flow list. */
    static YMapping withItems(YMapping root, String key, List<YNode> items, boolean newListFlow) {
        YNode old = root.get(key).orElse(null);
        boolean flow;
        if (items.isEmpty()) {
            flow = true;
        } else if (old instanceof YSequence s && !s.items().isEmpty()) {
            flow = s.flow();
        } else {
            flow = newListFlow;
        }
        YSequence seq = new YSequence(items, flow, null);
        return root.get(key).isPresent() ? root.with(key, seq) : insertBeforeArchive(root, key, seq);
    }

    static YMapping add(YMapping root, String key, YNode item, boolean newListFlow) {
        List<YNode> items = new ArrayList<>(items(root, key));
        items.add(item);
        return withItems(root, key, items, newListFlow);
    }

    static YMapping remove(YMapping root, String key, int index) {
        List<YNode> items = new ArrayList<>(items(root, key));
        items.remove(index);
        return withItems(root, key, items, true);
    }

    /** Moves an item by delta places; the same tree when it cannot move. */
    static YMapping move(YMapping root, String key, int index, int delta) {
        List<YNode> items = new ArrayList<>(items(root, key));
        int to = index + delta;
        if (to < 0 || to >= items.size()) {
            return root;
        }
        items.add(to, items.remove(index));
        return withItems(root, key, items, true);
    }

    static YMapping newLink() {
        return YMapping.of(List.of(new YEntry(YScalar.str("text"), YScalar.str("")),
                new YEntry(YScalar.str("link"), YScalar.str(""))));
    }

    /**
     * A new top-level key goes before {@code archive:} when that is the last key, so the header
     * stays together above the long list of threads.
     */
    static YMapping insertBeforeArchive(YMapping root, String key, YNode value) {
        List<YEntry> entries = new ArrayList<>(root.entries());
        int archive = root.indexOf("archive");
        YEntry entry = new YEntry(YScalar.str(key), value);
        if (archive >= 0) {
            entries.add(archive, entry);
        } else {
            entries.add(entry);
        }
        return new YMapping(entries, root.flow(), null);
    }
}
