package dev.archivist.edit.sequences;

import dev.archivist.edit.sequences.Model.M;
import dev.archivist.edit.sequences.Model.MList;
import dev.archivist.edit.sequences.Model.MMap;
import dev.archivist.edit.sequences.Model.MScalar;
import dev.archivist.edit.sequences.SavedText.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The promise that a save changes only the lines of what changed, judged from the model: a node
 * that is the same node as in the last save, in the same place, keeps its text byte for byte; a
 * node moved elsewhere keeps its text but for the indent of its lines; every line outside what
 * changed, moved, was added or removed is still there, in order.
 */
final class LinesKept {
    private final SavedText old;
    private final SavedText now;
    private final Set<Integer> oldTouched = new HashSet<>();
    private final Set<Integer> newTouched = new HashSet<>();
    /** Saved nodes that some node of the new tree is, or was rebuilt from. */
    private final Set<Integer> reached = new HashSet<>();
    private final List<String> faults = new ArrayList<>();

    /** The saved nodes by the ids of the nodes they were rebuilt from. */
    private final Map<Integer, M> laterSaved = new HashMap<>();

    private LinesKept(SavedText old, SavedText now) {
        this.old = old;
        this.now = now;
        for (M saved : old.nodes.values()) {
            for (M x = saved.from(); x != null && !old.spans.containsKey(x.id()); x = x.from()) {
                laterSaved.putIfAbsent(x.id(), saved);
            }
        }
    }

    /** What breaks the promise between two saves (nothing when the list is empty). */
    static List<String> check(SavedText old, M oldRoot, SavedText now, M newRoot) {
        LinesKept k = new LinesKept(old, now);
        if (!old.body.equals(now.body)) {
            k.faults.add("the body changed");
        }
        k.visit(newRoot, null, true);
        k.removed(oldRoot);
        k.linesKept();
        return k.faults;
    }

    /**
     * The saved node a node is, or was rebuilt from, or that was rebuilt from it (a state undone
     * to, older than the saved one), or null for a new one.
     */
    private M saved(M n) {
        for (M x = n; x != null; x = x.from()) {
            if (old.spans.containsKey(x.id())) {
                return x;
            }
            M later = laterSaved.get(x.id());
            if (later != null) {
                return later;
            }
        }
        return null;
    }

    /**
     * @param inPlace false when the node does not stand where its saved self stood
     */
    private void visit(M n, M parentSaved, boolean inPlace) {
        M s = saved(n);
        if (s != null) {
            reached.add(s.id());
        }
        boolean here = s != null && inPlace && old.parents.get(s.id()) == parentSaved;
        if (s == null || !here) {
            touchNew(n);
            if (s != null) {
                touchOld(s);
                if (s == n) {
                    sameButIndent(n);
                    markReached(n);
                    return;
                }
            }
            children(n, s, false);
            return;
        }
        if (s == n) {
            String was = old.slice(old.spans.get(n.id()));
            String is = now.slice(now.spans.get(n.id()));
            if (!was.equals(is)) {
                faults.add("an untouched value was rewritten in place:\n--- was\n" + was + "\n--- is\n" + is);
            }
            markReached(n);
            return;
        }
        if (n instanceof MScalar || n.getClass() != s.getClass()) {
            touchNew(n);
            touchOld(s);
        } else if (empty(n) != empty(s) || now.flow.getOrDefault(n.id(), false) || old.flow.getOrDefault(s.id(), false)) {
            // a list written [] on one side and as a block on the other: the comments in its block go and come with it
            touchNew(n);
            touchOld(s);
            now.trailingComments(now.spans.get(n.id()), newTouched);
            old.trailingComments(old.spans.get(s.id()), oldTouched);
        }
        if (n instanceof MMap m && s instanceof MMap w && !m.keys().isEmpty() && !w.keys().isEmpty()
                && !m.keys().get(0).equals(w.keys().get(0))) {
            // a first key on a dash's line went: the next one moves up onto that line
            old.lines(old.keySpans.get(w.values().get(0).id()), oldTouched);
            if (w.values().size() > 1) {
                old.lines(old.keySpans.get(w.values().get(1).id()), oldTouched);
            }
            now.lines(now.keySpans.get(m.values().get(0).id()), newTouched);
        }
        if (n instanceof MList l && s instanceof MList w && !l.items().isEmpty() && !w.items().isEmpty()
                && saved(l.items().get(0)) != w.items().get(0) && old.sharesLineBefore(old.spans.get(w.id()))) {
            // a list written on its parent's dash line (- - a): it is written again when its first item changes
            touchNew(n);
            touchOld(s);
        }
        children(n, s, true);
    }

    /** Visits the children, telling which still stand where they stood among the saved container's. */
    private void children(M n, M s, boolean containerInPlace) {
        if (n instanceof MMap m) {
            for (int i = 0; i < m.values().size(); i++) {
                M child = m.values().get(i);
                M cs = saved(child);
                boolean same = containerInPlace && s instanceof MMap w && cs != null
                        && w.get(m.keys().get(i)) == cs;
                visit(child, containerInPlace ? s : null, same);
            }
        } else if (n instanceof MList l) {
            Set<Integer> kept = containerInPlace && s instanceof MList w ? inOrder(l, w) : Set.of();
            for (M child : l.items()) {
                visit(child, containerInPlace ? s : null, kept.contains(child.id()));
            }
        }
    }

    /** The items of a rebuilt list that keep their saved order: the longest run of them in increasing saved place. */
    private Set<Integer> inOrder(MList l, MList w) {
        Map<Integer, Integer> savedIndex = new HashMap<>();
        for (int i = 0; i < w.items().size(); i++) {
            savedIndex.put(w.items().get(i).id(), i);
        }
        List<M> candidates = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        for (M child : l.items()) {
            M cs = saved(child);
            Integer at = cs == null ? null : savedIndex.get(cs.id());
            if (at != null) {
                candidates.add(child);
                places.add(at);
            }
        }
        // patience sorting, the latest candidate winning a tie: when two runs are as long (two
        // threads swapped), the one kept is the one the writer keeps too; either keeps the promise
        int n = places.size();
        int[] tail = new int[n];
        int[] prev = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (places.get(tail[mid]) < places.get(k)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[k] = lo > 0 ? tail[lo - 1] : -1;
            tail[lo] = k;
            length = Math.max(length, lo + 1);
        }
        int best = length > 0 ? tail[length - 1] : -1;
        Set<Integer> out = new HashSet<>();
        for (int i = best; i >= 0; i = prev[i]) {
            out.add(candidates.get(i).id());
        }
        return out;
    }

    /** A node moved whole keeps its text; only its lines after the first may shift, all by one amount. */
    private void sameButIndent(M n) {
        String was = old.slice(old.spans.get(n.id()));
        String is = now.slice(now.spans.get(n.id()));
        String[] a = was.split("\n", -1);
        String[] b = is.split("\n", -1);
        boolean same = a.length == b.length && a[0].equals(b[0]);
        Integer delta = null;
        for (int i = 1; same && i < a.length; i++) {
            String x = a[i].stripLeading();
            if (!x.equals(b[i].stripLeading())) {
                same = false;
            } else if (!x.isEmpty()) {
                int d = (b[i].length() - b[i].stripLeading().length()) - (a[i].length() - x.length());
                same = delta == null || delta == d;
                delta = d;
            }
        }
        if (!same) {
            faults.add("a moved value changed more than its indent:\n--- was\n" + was + "\n--- is\n" + is);
        }
    }

    private void markReached(M n) {
        reached.add(n.id());
        if (n instanceof MMap m) {
            m.values().forEach(this::markReached);
        } else if (n instanceof MList l) {
            l.items().forEach(this::markReached);
        }
    }

    /** Saved nodes no node of the new tree is or came from: removed, so their lines may go. */
    private void removed(M s) {
        if (!reached.contains(s.id())) {
            touchOld(s);
        }
        if (s instanceof MMap m) {
            m.values().forEach(this::removed);
        } else if (s instanceof MList l) {
            l.items().forEach(this::removed);
        }
    }

    private static boolean empty(M n) {
        return n instanceof MMap m ? m.keys().isEmpty() : n instanceof MList l && l.items().isEmpty();
    }

    private void touchNew(M n) {
        now.lines(now.spans.get(n.id()), newTouched);
        now.lines(now.keySpans.get(n.id()), newTouched);
    }

    private void touchOld(M s) {
        old.lines(old.spans.get(s.id()), oldTouched);
        old.lines(old.keySpans.get(s.id()), oldTouched);
    }

    /** Every untouched line of each text is still there, in order, in the other one. */
    private void linesKept() {
        List<String> a = old.allLines();
        List<String> b = now.allLines();
        subsequence(a, oldTouched, b, "a line nobody changed is gone or moved: ");
        subsequence(b, newTouched, a, "a line was written where nothing changed: ");
    }

    private void subsequence(List<String> from, Set<Integer> touched, List<String> in, String fault) {
        int j = 0;
        for (int i = 0; i < from.size(); i++) {
            if (touched.contains(i)) {
                continue;
            }
            while (j < in.size() && !in.get(j).equals(from.get(i))) {
                j++;
            }
            if (j == in.size()) {
                faults.add(fault + "line " + (i + 1) + ": " + from.get(i));
                return;
            }
            j++;
        }
    }
}
