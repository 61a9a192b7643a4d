package dev.archivist.gui.metadata;

import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.util.ArrayList;
import java.util.List;

/** The new values of the page's header lists (authors, links), which the form sets through the engine. */
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
    static YSequence withItems(YMapping root, String key, List<YNode> items, boolean newListFlow) {
        YNode old = root.get(key).orElse(null);
        boolean flow;
        if (items.isEmpty()) {
            flow = true;
        } else if (old instanceof YSequence s && !s.items().isEmpty()) {
            flow = s.flow();
        } else {
            flow = newListFlow;
        }
        return new YSequence(items, flow, null, old instanceof YSequence s ? s.tag() : null);
    }

    static YSequence add(YMapping root, String key, YNode item, boolean newListFlow) {
        List<YNode> items = new ArrayList<>(items(root, key));
        items.add(item);
        return withItems(root, key, items, newListFlow);
    }

    static YSequence remove(YMapping root, String key, int index) {
        List<YNode> items = new ArrayList<>(items(root, key));
        items.remove(index);
        return withItems(root, key, items, true);
    }

    /** Moves an item by delta places; null when it cannot move. */
    static YSequence move(YMapping root, String key, int index, int delta) {
        List<YNode> items = new ArrayList<>(items(root, key));
        int to = index + delta;
        if (to < 0 || to >= items.size()) {
            return null;
        }
        items.add(to, items.remove(index));
        return withItems(root, key, items, true);
    }

    static YMapping newLink() {
        return YMapping.of(List.of(new YEntry(YScalar.str("text"), YScalar.str("")),
                new YEntry(YScalar.str("link"), YScalar.str(""))));
    }
}
