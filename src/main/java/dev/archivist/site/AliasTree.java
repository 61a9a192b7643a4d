package dev.archivist.site;

import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The alias file's tree: reading its entries and adding a decision as a tree edit that keeps
 * every untouched node (and so its source lines) as it was.
 */
final class AliasTree {

    private AliasTree() {
    }

    static List<NameAliases.Alias> read(YMapping root, String key) {
        List<NameAliases.Alias> out = new ArrayList<>();
        for (YNode item : items(root, key)) {
            if (item instanceof YMapping m && m.text("name") != null) {
                String id = m.text("id");
                out.add(new NameAliases.Alias(m.text("name"), id == null || id.isBlank() ? null : id,
                        NameAliases.strings(m.get("replaces").orElse(YScalar.nullValue()))));
            }
        }
        return out;
    }

    private static List<YNode> items(YMapping root, String key) {
        return root.get(key).filter(YSequence.class::isInstance).map(n -> ((YSequence) n).items()).orElse(List.of());
    }

    static YMapping with(YMapping root, String key, String name, String id, Collection<String> spellings) {
        Set<String> moving = new LinkedHashSet<>(spellings);
        moving.remove(name);
        List<YNode> items = new ArrayList<>(items(root, key));
        int target = target(items, name, id, moving);
        Set<String> taken = new LinkedHashSet<>(moving);
        taken.add(name);
        for (int i = items.size() - 1; i >= 0; i--) {
            if (i != target && items.get(i) instanceof YMapping m) {
                YMapping less = without(m, taken);
                if (less != m && NameAliases.strings(less.get("replaces").orElse(YScalar.nullValue())).isEmpty()) {
                    items.remove(i);
                    target = target > i ? target - 1 : target;
                } else {
                    items.set(i, less);
                }
            }
        }
        if (target >= 0) {
            items.set(target, updated((YMapping) items.get(target), name, id, moving));
        } else {
            items.add(created(name, id, moving));
        }
        YSequence old = root.get(key).filter(YSequence.class::isInstance).map(YSequence.class::cast).orElse(null);
        return root.with(key, old != null ? old.withItems(items) : YSequence.of(items));
    }

    /** The entry a decision updates: the same id, else the same name, else one named by a spelling. */
    private static int target(List<YNode> items, String name, String id, Set<String> moving) {
        int byName = -1;
        int bySpelling = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof YMapping m) {
                if (id != null && id.equals(m.text("id"))) {
                    return i;
                }
                byName = byName < 0 && name.equals(m.text("name")) ? i : byName;
                bySpelling = bySpelling < 0 && moving.contains(m.text("name")) ? i : bySpelling;
            }
        }
        return byName >= 0 ? byName : bySpelling;
    }

    private static YMapping without(YMapping m, Set<String> spellings) {
        YNode node = m.get("replaces").orElse(null);
        if (!(node instanceof YSequence seq)) {
            return node instanceof YScalar s && spellings.contains(s.value()) ? m.without("replaces") : m;
        }
        List<YNode> kept = seq.items().stream()
                .filter(n -> !(n instanceof YScalar s && spellings.contains(s.value()))).toList();
        return kept.size() == seq.size() ? m : m.with("replaces", seq.withItems(kept));
    }

    private static YMapping updated(YMapping m, String name, String id, Set<String> moving) {
        String oldName = m.text("name");
        Set<String> wanted = new LinkedHashSet<>();
        if (oldName != null && !oldName.equals(name)) {
            wanted.add(oldName);
        }
        wanted.addAll(moving);
        YMapping out = name.equals(oldName) ? m : m.with("name", YScalar.str(name));
        if (id != null && !id.equals(m.text("id"))) {
            out = withAfter(out, "id", YScalar.str(id), "name");
        }
        YNode node = out.get("replaces").orElse(null);
        List<YNode> items = node instanceof YSequence s ? new ArrayList<>(s.items()) : new ArrayList<>();
        if (node instanceof YScalar s && !s.isNull()) {
            items.add(s);
        }
        items.removeIf(n -> n instanceof YScalar s && s.value().equals(name));
        List<String> have = NameAliases.strings(YSequence.of(items));
        boolean changed = items.size() != NameAliases.strings(node == null ? YScalar.nullValue() : node).size();
        for (String w : wanted) {
            if (!have.contains(w)) {
                items.add(YScalar.str(w));
                changed = true;
            }
        }
        if (!changed) {
            return out;
        }
        return out.with("replaces", node instanceof YSequence s ? s.withItems(items) : YSequence.of(items));
    }

    private static YMapping created(String name, String id, Set<String> moving) {
        List<YEntry> entries = new ArrayList<>();
        entries.add(NameAliases.entry("name", YScalar.str(name)));
        if (id != null) {
            entries.add(NameAliases.entry("id", YScalar.str(id)));
        }
        List<YNode> spellings = moving.stream().map(s -> (YNode) YScalar.str(s)).toList();
        entries.add(NameAliases.entry("replaces", YSequence.of(spellings)));
        return YMapping.of(entries);
    }

    private static YMapping withAfter(YMapping m, String key, YNode value, String after) {
        if (m.indexOf(key) >= 0) {
            return m.with(key, value);
        }
        List<YEntry> entries = new ArrayList<>(m.entries());
        entries.add(m.indexOf(after) + 1, NameAliases.entry(key, value));
        return m.withEntries(entries);
    }
}
