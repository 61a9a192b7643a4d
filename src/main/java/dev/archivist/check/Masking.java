package dev.archivist.check;

import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A copy of a tree where everything but some places is blanked, keeping every path valid. */
final class Masking {
    private static final YScalar BLANK = YScalar.str("");

    private Masking() {
    }

    /** The tree with each subtree that holds none of the places replaced by an empty string. */
    static YNode keepOnly(YNode root, Set<YamlPath> places) {
        Set<YamlPath> prefixes = new HashSet<>();
        for (YamlPath p : places) {
            YamlPath q = p;
            while (prefixes.add(q) && !q.isRoot()) {
                q = q.parent();
            }
        }
        return mask(root, YamlPath.ROOT, prefixes);
    }

    private static YNode mask(YNode node, YamlPath path, Set<YamlPath> prefixes) {
        if (!prefixes.contains(path)) {
            return BLANK;
        }
        if (node instanceof YMapping m) {
            List<YEntry> entries = new ArrayList<>(m.entries().size());
            for (YEntry e : m.entries()) {
                entries.add(e.withValue(mask(e.value(), path.key(e.name()), prefixes)));
            }
            return new YMapping(entries, m.flow(), null);
        }
        if (node instanceof YSequence s) {
            List<YNode> items = new ArrayList<>(s.size());
            for (int i = 0; i < s.size(); i++) {
                items.add(mask(s.get(i), path.index(i), prefixes));
            }
            return new YSequence(items, s.flow(), null);
        }
        return node;
    }
}
