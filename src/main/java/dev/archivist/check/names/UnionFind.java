package dev.archivist.check.names;

import java.util.ArrayList;
import java.util.List;

/** Disjoint sets of spellings, each set with at most one person's anchor. */
final class UnionFind {
    private final List<Integer> parent = new ArrayList<>();
    private final List<Anchor> anchor = new ArrayList<>();

    int add() {
        parent.add(parent.size());
        anchor.add(null);
        return parent.size() - 1;
    }

    int find(int i) {
        int root = i;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(i) != root) {
            int next = parent.get(i);
            parent.set(i, root);
            i = next;
        }
        return root;
    }

    /** Anchors a spelling's set; an anchor of another person is kept and this one dropped. */
    void anchor(int i, Anchor a) {
        int root = find(i);
        Anchor old = anchor.get(root);
        if (old == null) {
            anchor.set(root, a);
        } else if (old.key().equals(a.key())) {
            anchor.set(root, old.merge(a));
        }
    }

    Anchor anchorOf(int i) {
        return anchor.get(find(i));
    }

    /** Merges two sets unless they are anchored to two different people; true when merged. */
    boolean union(int i, int j) {
        int a = find(i);
        int b = find(j);
        if (a == b) {
            return true;
        }
        Anchor x = anchor.get(a);
        Anchor y = anchor.get(b);
        if (x != null && y != null && !x.key().equals(y.key())) {
            return false;
        }
        parent.set(b, a);
        anchor.set(a, x == null ? y : y == null ? x : x.merge(y));
        return true;
    }
}
