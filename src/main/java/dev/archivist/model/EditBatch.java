package dev.archivist.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies many edits to a tree in one walk, so fixing every reply of a 10,000-thread archive
 * rebuilds each changed branch once instead of once per edit. Edits at one path apply in order.
 */
public final class EditBatch {
    private EditBatch() {
    }

    /**
     * The tree after all edits; node replacements ({@link Edit.SetNode}) apply after the text
     * edits, in order, and deletions ({@link Edit.Delete}) last, the last place first.
     */
    public static YNode apply(YNode root, List<? extends Edit> edits) {
        Map<YamlPath, List<Edit>> byPath = new HashMap<>();
        Set<YamlPath> prefixes = new HashSet<>();
        List<Edit> sequential = new ArrayList<>();
        List<Edit.Delete> deletions = new ArrayList<>();
        for (Edit e : edits) {
            if (e instanceof Edit.Delete d) {
                deletions.add(d);
                continue;
            }
            if (e instanceof Edit.SetNode || e instanceof Edit.Reformat) {
                sequential.add(e);
                continue;
            }
            byPath.computeIfAbsent(e.path(), k -> new ArrayList<>()).add(e);
            YamlPath p = e.path();
            while (prefixes.add(p) && !p.isRoot()) {
                p = p.parent();
            }
        }
        YNode out = byPath.isEmpty() ? root : rebuild(root, YamlPath.ROOT, byPath, prefixes);
        for (Edit e : sequential) {
            out = e.apply(out);
        }
        deletions.sort((a, b) -> lastFirst(a.path(), b.path()));
        YamlPath previous = null;
        for (Edit.Delete d : deletions) {
            if (!d.path().equals(previous)) { // one place deleted twice would take its neighbour
                out = d.apply(out);
            }
            previous = d.path();
        }
        return out;
    }

    /** Reverse file order: a later item before an earlier one, a value inside a node before the node. */
    private static int lastFirst(YamlPath a, YamlPath b) {
        List<Object> x = a.segments();
        List<Object> y = b.segments();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            Object p = x.get(i);
            Object q = y.get(i);
            if (p.equals(q)) {
                continue;
            }
            if (p instanceof Integer m && q instanceof Integer n) {
                return Integer.compare(n, m);
            }
            return q.toString().compareTo(p.toString());
        }
        return Integer.compare(y.size(), x.size());
    }

    private static YNode rebuild(YNode node, YamlPath path, Map<YamlPath, List<Edit>> byPath, Set<YamlPath> prefixes) {
        if (!prefixes.contains(path)) {
            return node;
        }
        YNode out = node;
        if (node instanceof YMapping m) {
            List<YEntry> entries = null;
            for (int i = 0; i < m.entries().size(); i++) {
                YEntry e = m.entries().get(i);
                YNode child = rebuild(e.value(), path.key(e.name()), byPath, prefixes);
                if (child != e.value()) {
                    entries = entries == null ? new ArrayList<>(m.entries()) : entries;
                    entries.set(i, e.withValue(child));
                }
            }
            out = entries == null ? m : m.withEntries(entries);
        } else if (node instanceof YSequence s) {
            List<YNode> items = null;
            for (int i = 0; i < s.size(); i++) {
                YNode child = rebuild(s.get(i), path.index(i), byPath, prefixes);
                if (child != s.get(i)) {
                    items = items == null ? new ArrayList<>(s.items()) : items;
                    items.set(i, child);
                }
            }
            out = items == null ? s : s.withItems(items);
        }
        for (Edit e : byPath.getOrDefault(path, List.of())) {
            out = applyHere(e, out);
        }
        return out;
    }

    /** Applies an edit whose path is this node, treating the node as the root of a small tree. */
    private static YNode applyHere(Edit e, YNode node) {
        if (e instanceof Edit.TextEdit t) {
            return new Edit.TextEdit(YamlPath.ROOT, t.transform()).apply(node);
        }
        if (e instanceof Edit.Restyle) {
            return new Edit.Restyle(YamlPath.ROOT).apply(node);
        }
        return node;
    }
}
