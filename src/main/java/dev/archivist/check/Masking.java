package dev.archivist.check;

import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.util.ArrayList;
import java.util.List;

/** A copy of a tree where everything but what an edit changed is blanked, keeping every path valid. */
final class Masking {
    private static final YScalar BLANK = YScalar.str("");

    private Masking() {
    }

    /**
     * The tree {@code after} with each subtree it shares with {@code before} (the very same node:
     * edits copy only the branches they change) replaced by an empty string. A walk by identity,
     * with no paths to build: after a fix of a large page this is most of the tree.
     */
    static YNode keepChanged(YNode before, YNode after) {
        if (after == before) {
            return BLANK;
        }
        if (after instanceof YMapping m && before instanceof YMapping old && m.entries().size() == old.entries().size()) {
            List<YEntry> entries = new ArrayList<>(m.entries().size());
            for (int i = 0; i < m.entries().size(); i++) {
                YEntry e = m.entries().get(i);
                YEntry o = old.entries().get(i);
                entries.add(e.withValue(e.name().equals(o.name()) ? keepChanged(o.value(), e.value()) : e.value()));
            }
            return m.withEntries(entries);
        }
        if (after instanceof YSequence s && before instanceof YSequence old && s.size() == old.size()) {
            List<YNode> items = new ArrayList<>(s.size());
            for (int i = 0; i < s.size(); i++) {
                items.add(keepChanged(old.get(i), s.get(i)));
            }
            return s.withItems(items);
        }
        return after;
    }
}
