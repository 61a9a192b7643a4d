package dev.archivist.edit.sequences;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What the editing operations mean, written again apart from the engine: a page's data as
 * immutable nodes (maps, lists, scalars with their YAML tag), and set, insert, delete, move and
 * merge on it with JSON Patch's meaning and the archive's thread and reply rules. Each node has an
 * id, and a node rebuilt by an edit points to the node it came from, so that the oracle can tell
 * which lines of the file an edit may touch.
 */
final class Model {
    private static final AtomicInteger IDS = new AtomicInteger();

    sealed interface M permits MScalar, MMap, MList {
        int id();

        /** The node this one was rebuilt from, or null for a new one. */
        M from();
    }

    record MScalar(int id, M from, String tag, String value) implements M {
        boolean isNull() {
            return tag.equals("null");
        }
    }

    record MMap(int id, M from, List<String> keys, List<M> values) implements M {
        MMap {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }

        M get(String key) {
            int i = keys.indexOf(key);
            return i < 0 ? null : values.get(i);
        }
    }

    record MList(int id, M from, List<M> items) implements M {
        MList {
            items = List.copyOf(items);
        }
    }

    /**
     * A page's data, and whether it was formatted since it was opened (its whole front matter
     * then stands in the house style, and undoing that changes every line).
     */
    record State(MMap root, boolean formatted) {
    }

    /** An edit that is not possible (the engine must refuse it too). */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private Model() {
    }

    static int nextId() {
        return IDS.incrementAndGet();
    }

    // building

    /** The data of a SnakeYAML node tree (a plain composer, not the engine's reader). */
    static M of(Node node) {
        if (node instanceof ScalarNode s) {
            return new MScalar(nextId(), null, shortTag(s.getTag().getValue()), s.getValue());
        }
        if (node instanceof SequenceNode q) {
            List<M> items = new ArrayList<>();
            q.getValue().forEach(n -> items.add(of(n)));
            return new MList(nextId(), null, items);
        }
        MappingNode m = (MappingNode) node;
        List<String> keys = new ArrayList<>();
        List<M> values = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            keys.add(((ScalarNode) t.getKeyNode()).getValue());
            values.add(of(t.getValueNode()));
        }
        return new MMap(nextId(), null, keys, values);
    }

    static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    static MScalar str(String value) {
        return new MScalar(nextId(), null, "str", value);
    }

    /** A value as a JSON script would give it: strings, numbers, booleans, null, lists and maps. */
    static M value(Object v) {
        if (v == null) {
            return new MScalar(nextId(), null, "null", "");
        }
        if (v instanceof String s) {
            return str(s);
        }
        if (v instanceof Boolean b) {
            return new MScalar(nextId(), null, "bool", b.toString());
        }
        if (v instanceof Integer || v instanceof Long) {
            return new MScalar(nextId(), null, "int", v.toString());
        }
        if (v instanceof Double d) {
            return new MScalar(nextId(), null, "float", d.toString());
        }
        if (v instanceof List<?> l) {
            return new MList(nextId(), null, l.stream().map(Model::value).toList());
        }
        Map<?, ?> m = (Map<?, ?>) v;
        List<String> keys = new ArrayList<>();
        List<M> values = new ArrayList<>();
        m.forEach((k, x) -> {
            keys.add((String) k);
            values.add(value(x));
        });
        return new MMap(nextId(), null, keys, values);
    }

    // reading

    static M find(M root, List<Object> path) {
        M n = root;
        for (Object s : path) {
            if (n instanceof MMap m && s instanceof String k) {
                n = m.get(k);
            } else if (n instanceof MList l && s instanceof Integer i && i >= 0 && i < l.items().size()) {
                n = l.items().get(i);
            } else {
                return null;
            }
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    // editing: each returns a new state; untouched nodes are shared

    static State set(State s, List<Object> path, M value) {
        if (path.isEmpty()) {
            throw new Invalid("root");
        }
        M parent = find(s.root(), parent(path));
        Object last = path.get(path.size() - 1);
        if (parent instanceof MList l && last instanceof Integer i) {
            if (i < 0 || i >= l.items().size()) {
                throw new Invalid("index");
            }
            return replace(s, parent(path), list(l, with(l.items(), i, value)));
        }
        if (parent instanceof MMap m && last instanceof String k) {
            if (m.get(k) == null) {
                return insert(s, path, value);
            }
            return replace(s, parent(path), map(m, m.keys(), with(m.values(), m.keys().indexOf(k), value)));
        }
        throw new Invalid("no place");
    }

    static State insert(State s, List<Object> path, M value) {
        if (path.isEmpty()) {
            throw new Invalid("root");
        }
        List<Object> parentPath = parent(path);
        M parent = find(s.root(), parentPath);
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer i) {
            boolean absent = parent == null || parent instanceof MScalar sc && sc.isNull();
            if (absent && i == 0 && !parentPath.isEmpty() && parentPath.get(parentPath.size() - 1) instanceof String
                    && find(s.root(), parent(parentPath)) instanceof MMap) {
                return set(s, parentPath, new MList(nextId(), null, List.of(value)));
            }
            if (!(parent instanceof MList l) || i < 0 || i > l.items().size()) {
                throw new Invalid("no list place");
            }
            List<M> items = new ArrayList<>(l.items());
            items.add(i, value);
            return replace(s, parentPath, list(l, items));
        }
        String key = (String) last;
        if (!(parent instanceof MMap m) || m.get(key) != null) {
            throw new Invalid("no key place");
        }
        List<String> keys = new ArrayList<>(m.keys());
        List<M> values = new ArrayList<>(m.values());
        // a new key of the page goes before a last archive
        int at = parentPath.isEmpty() && !keys.isEmpty() && keys.get(keys.size() - 1).equals("archive")
                ? keys.size() - 1 : keys.size();
        keys.add(at, key);
        values.add(at, value);
        return replace(s, parentPath, map(m, keys, values));
    }

    static State delete(State s, List<Object> path) {
        if (path.isEmpty() || find(s.root(), path) == null) {
            throw new Invalid("nothing there");
        }
        M parent = find(s.root(), parent(path));
        Object last = path.get(path.size() - 1);
        if (parent instanceof MList l) {
            List<M> items = new ArrayList<>(l.items());
            items.remove((int) (Integer) last);
            return replace(s, parent(path), list(l, items));
        }
        MMap m = (MMap) parent;
        int i = m.keys().indexOf((String) last);
        List<String> keys = new ArrayList<>(m.keys());
        List<M> values = new ArrayList<>(m.values());
        keys.remove(i);
        values.remove(i);
        return replace(s, parent(path), map(m, keys, values));
    }

    /** JSON Patch's move; a thread moved to a reply's place takes its replies along, after it. */
    static State move(State s, List<Object> from, List<Object> to) {
        M value = find(s.root(), from);
        if (value == null) {
            throw new Invalid("nothing to move");
        }
        State out = delete(s, from);
        if (isThread(from) && isReply(to) && value instanceof MMap thread) {
            List<String> keys = new ArrayList<>(thread.keys());
            List<M> values = new ArrayList<>(thread.values());
            int r = keys.indexOf("replies");
            M replies = r < 0 ? null : values.get(r);
            if (r >= 0) {
                keys.remove(r);
                values.remove(r);
            }
            MMap reply = new MMap(nextId(), thread, keys, values);
            out = insert(out, to, reply);
            int at = (Integer) to.get(to.size() - 1);
            if (replies instanceof MList l) {
                for (M x : l.items()) {
                    out = insert(out, with(to, to.size() - 1, ++at), x);
                }
            }
            return out;
        }
        return insert(out, to, value);
    }

    static State merge(State s, List<Integer> threads) {
        List<Integer> order = threads.stream().distinct().sorted().toList();
        if (order.size() < 2) {
            throw new Invalid("merge needs two threads");
        }
        State out = s;
        int into = order.get(0);
        for (int k = 1; k < order.size(); k++) {
            int from = order.get(k) - (k - 1);
            M target = find(out.root(), List.of("archive", into));
            M replies = target instanceof MMap t ? t.get("replies") : null;
            int at = replies instanceof MList l ? l.items().size() : 0;
            out = move(out, List.of("archive", from), List.of("archive", into, "replies", at));
        }
        return out;
    }

    /** The state with new scalar values at some paths (what a fix or a rename made). */
    static State withValues(State s, Map<List<Object>, MScalar> changed) {
        return withValues(s, changed, s.formatted());
    }

    /** As {@link #withValues(State, Map)}, formatted or not. */
    static State withValues(State s, Map<List<Object>, MScalar> changed, boolean formatted) {
        State out = new State(s.root(), formatted);
        for (Map.Entry<List<Object>, MScalar> e : changed.entrySet()) {
            MScalar old = (MScalar) find(out.root(), e.getKey());
            out = set(out, e.getKey(), new MScalar(nextId(), old, e.getValue().tag(), e.getValue().value()));
        }
        return out;
    }

    static boolean isThread(List<Object> p) {
        return p.size() == 2 && "archive".equals(p.get(0)) && p.get(1) instanceof Integer;
    }

    static boolean isReply(List<Object> p) {
        return p.size() == 4 && "archive".equals(p.get(0)) && p.get(1) instanceof Integer && "replies".equals(p.get(2))
                && p.get(3) instanceof Integer;
    }

    // helpers

    /** The state with the node at a path replaced; every container on the way is rebuilt from its old self. */
    private static State replace(State s, List<Object> path, M value) {
        return new State((MMap) replace(s.root(), path, 0, value), s.formatted());
    }

    private static M replace(M node, List<Object> path, int depth, M value) {
        if (depth == path.size()) {
            return value;
        }
        Object seg = path.get(depth);
        if (node instanceof MList l && seg instanceof Integer i) {
            return list(l, with(l.items(), i, replace(l.items().get(i), path, depth + 1, value)));
        }
        MMap m = (MMap) node;
        int i = m.keys().indexOf((String) seg);
        return map(m, m.keys(), with(m.values(), i, replace(m.values().get(i), path, depth + 1, value)));
    }

    private static MList list(MList old, List<M> items) {
        return new MList(nextId(), old, items);
    }

    private static MMap map(MMap old, List<String> keys, List<M> values) {
        return new MMap(nextId(), old, keys, values);
    }

    private static <T> List<T> with(List<T> list, int i, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(i, value);
        return copy;
    }

    private static List<Object> parent(List<Object> path) {
        return path.subList(0, path.size() - 1);
    }
}
