package dev.archivist.edit;

import dev.archivist.model.Edit;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;

/**
 * The structural edits of a front matter tree as pure functions, with JSON Patch's meaning (set,
 * insert, delete, move) and what a Q&amp;A archive adds to it: a thread moved among replies takes
 * its replies with it, a reply moved among threads becomes a thread. Untouched nodes are shared
 * and moved nodes keep their source spans, so the patcher copies their lines as they were.
 */
public final class TreeEdits {

    private TreeEdits() {
    }

    /**
     * The value at {@code path} set to {@code value}: an existing value is replaced, a missing last
     * key of a mapping is added at its end.
     *
     * @throws InvalidEdit when the path does not lead to a place in the tree
     */
    public static YMapping set(YMapping root, YamlPath path, YNode value) {
        if (path.isRoot()) {
            throw new InvalidEdit("give the path of a value, such as title or archive[0].text");
        }
        YNode parent = existing(root, path.parent());
        if (path.last() instanceof Integer i) {
            YSequence seq = sequence(parent, path.parent());
            requireIndex(path, i, seq.size() - 1);
        } else if (!(parent instanceof YMapping m)) {
            throw new InvalidEdit(describe(path.parent()) + " is not a mapping, so it has no key '" + path.last() + "'");
        } else if (m.indexOf((String) path.last()) < 0) {
            return insert(root, path, value);
        }
        return (YMapping) path.replace(root, value);
    }

    /**
     * {@code value} inserted at {@code path}: before the item at that index of a sequence (at the
     * end when the index is its size), or as a new last key of a mapping (of the page: before
     * {@code archive} when that is its last key). A missing sequence
     * is created when the index is 0 and the mapping that should hold it exists (a thread
     * without {@code replies} gets them).
     *
     * @throws InvalidEdit when there is no such place, or the key is already there
     */
    public static YMapping insert(YMapping root, YamlPath path, YNode value) {
        if (path.isRoot()) {
            throw new InvalidEdit("give the place to insert at, such as archive[2] or archive[0].replies[1]");
        }
        YamlPath parentPath = path.parent();
        YNode parent = parentPath.find(root).orElse(null);
        if (path.last() instanceof Integer i) {
            boolean absent = parent == null || parent instanceof YScalar s && s.isNull();
            if (absent && i == 0 && parentPath.last() instanceof String && !parentPath.isRoot()
                    && existing(root, parentPath.parent()) instanceof YMapping) {
                return (YMapping) parentPath.replace(root, new YSequence(List.of(value), false, null));
            }
            YSequence seq = sequence(existing(root, parentPath), parentPath);
            requireIndex(path, i, seq.size());
            List<YNode> items = new ArrayList<>(seq.items());
            items.add(i, value);
            return replaceAt(root, parentPath, withItems(seq, items));
        }
        String key = (String) path.last();
        if (!(existing(root, parentPath) instanceof YMapping m)) {
            throw new InvalidEdit(describe(parentPath) + " is not a mapping, so no key can be added to it");
        }
        if (m.indexOf(key) >= 0) {
            throw new InvalidEdit(describe(path) + " is already there; use set to change it");
        }
        List<YEntry> entries = new ArrayList<>(m.entries());
        // a new key of the page goes before a last archive: the header stays above the threads
        int at = parentPath.isRoot() && m.indexOf(Archive.ARCHIVE) == entries.size() - 1 ? entries.size() - 1
                : entries.size();
        entries.add(at, new YEntry(YScalar.str(key), value));
        return replaceAt(root, parentPath, m.withEntries(entries));
    }

    /**
     * The tree without the value at {@code path} (an item of a sequence, or a key of a mapping).
     *
     * @throws InvalidEdit when there is nothing there
     */
    public static YMapping delete(YMapping root, YamlPath path) {
        existing(root, path);
        if (path.isRoot()) {
            throw new InvalidEdit("the whole front matter cannot be deleted");
        }
        return (YMapping) new Edit.Delete(path).apply(root);
    }

    /**
     * JSON Patch's move: the value is removed from {@code from}, then inserted at {@code to} in the
     * tree that results. A thread moved to a reply's place becomes a reply (its keys but
     * {@code replies}), and its own replies follow it there, in order; a reply moved among the
     * threads becomes a thread as it is (with no {@code replies} key).
     *
     * @throws InvalidEdit when there is nothing at {@code from}, or no place at {@code to} once it is gone
     */
    public static YMapping move(YMapping root, YamlPath from, YamlPath to) {
        YNode value = existing(root, from);
        // to is a place in the tree without the moved value, so it may name what now stands at from
        YMapping without = delete(root, from);
        if (Archive.isThread(from) && Archive.isReply(to) && value instanceof YMapping thread) {
            YMapping out = insert(without, to, thread.without(Archive.REPLIES));
            int at = (Integer) to.last();
            for (YNode reply : Archive.replies(thread)) {
                out = insert(out, to.parent().index(++at), reply);
            }
            return out;
        }
        return insert(without, to, value);
    }

    /**
     * Threads merged into the first of them: each other thread becomes a reply of it, followed
     * by its own replies, in file order.
     */
    public static YMapping merge(YMapping root, List<Integer> threads) {
        List<Integer> order = threads.stream().distinct().sorted().toList();
        if (order.size() < 2) {
            throw new InvalidEdit("choose two threads or more to merge");
        }
        YMapping out = root;
        int into = order.get(0);
        existing(root, YamlPath.of(Archive.ARCHIVE, order.get(order.size() - 1)));
        for (int k = 1; k < order.size(); k++) {
            // earlier merges took k - 1 threads away before this one
            int from = order.get(k) - (k - 1);
            int at = Archive.replies(Archive.threads(out).get(into)).size();
            out = move(out, YamlPath.of(Archive.ARCHIVE, from), YamlPath.of(Archive.ARCHIVE, into, Archive.REPLIES, at));
        }
        return out;
    }

    /** A sequence with new items, in the old one's style; an emptied list is written {@code []}. */
    private static YSequence withItems(YSequence old, List<YNode> items) {
        boolean flow = items.isEmpty() || (old.flow() && !old.items().isEmpty());
        return new YSequence(items, flow, null, old.tag());
    }

    private static YMapping replaceAt(YMapping root, YamlPath path, YNode value) {
        return path.isRoot() ? (YMapping) value : (YMapping) path.replace(root, value);
    }

    private static YNode existing(YMapping root, YamlPath path) {
        return path.find(root).orElseThrow(() -> new InvalidEdit("there is no " + describe(path) + missing(root, path)));
    }

    /** What stands where the path stops leading anywhere, to say why. */
    private static String missing(YMapping root, YamlPath path) {
        YamlPath p = path;
        while (!p.isRoot() && p.parent().find(root).isEmpty()) {
            p = p.parent();
        }
        YNode parent = p.parent().find(root).orElse(null);
        if (parent instanceof YSequence s && p.last() instanceof Integer) {
            String where = p.parent().isRoot() ? "the list" : p.parent().toString();
            return " (" + where + " has " + s.size() + " item" + (s.size() == 1 ? "" : "s") + ")";
        }
        return "";
    }

    private static YSequence sequence(YNode node, YamlPath path) {
        if (node instanceof YSequence s) {
            return s;
        }
        throw new InvalidEdit(describe(path) + " is not a list");
    }

    private static void requireIndex(YamlPath path, int i, int max) {
        if (i < 0 || i > max) {
            throw new InvalidEdit("there is no place " + path + ": the index must be from 0 to " + max);
        }
    }

    private static String describe(YamlPath path) {
        return path.isRoot() ? "the front matter" : path.toString();
    }
}
