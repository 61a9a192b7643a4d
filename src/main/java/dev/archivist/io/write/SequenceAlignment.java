package dev.archivist.io.write;

import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches the items of an original sequence with those of an edited one. An item that still has
 * its source span is the same item, wherever it now stands; an edited mapping (a thread whose
 * text changed, whose replies moved) is the item whose keys it kept.
 */
final class SequenceAlignment {

    private SequenceAlignment() {
    }

    /**
     * Pairs of indexes {original, wanted}, increasing in both, covering the longest run of items
     * kept in order. Items moved out of that order count as removed and inserted.
     */
    static int[][] align(List<YNode> orig, List<YNode> want) {
        Map<Integer, Integer> byStart = new HashMap<>();
        Map<Integer, Integer> byKey = new HashMap<>();
        for (int i = 0; i < orig.size(); i++) {
            YNode o = orig.get(i);
            if (o.span() != null) {
                byStart.put(o.span().start(), i);
            }
            if (o instanceof YMapping m && !m.flow()) {
                for (YEntry e : m.entries()) {
                    byKey.put(e.key().span().start(), i);
                }
            }
        }
        List<int[]> candidates = new ArrayList<>();
        for (int j = 0; j < want.size(); j++) {
            YNode w = want.get(j);
            Integer i = w.span() != null ? byStart.get(w.span().start()) : null;
            if (i != null && !orig.get(i).span().equals(w.span())) {
                i = null;
            }
            int key = w.span() == null ? firstKept(w) : -1;
            if (key >= 0) {
                i = byKey.get(key);
            }
            if (i != null) {
                candidates.add(new int[] {i, j});
            }
        }
        return longestIncreasing(candidates);
    }

    /**
     * True when the item came from somewhere in the source: it still has its span, or it is an
     * edited mapping that kept one of its keys.
     */
    static boolean moved(YNode item) {
        return item.span() != null || firstKept(item) >= 0;
    }

    /** The start of the first key an edited mapping kept from the source, or -1. */
    private static int firstKept(YNode item) {
        if (item instanceof YMapping m && !m.flow()) {
            for (YEntry e : m.entries()) {
                if (e.key().span() != null) {
                    return e.key().span().start();
                }
            }
        }
        return -1;
    }

    /** Longest subsequence of candidates (already increasing in the wanted index) increasing in the original index. */
    private static int[][] longestIncreasing(List<int[]> c) {
        int n = c.size();
        int[] tailIdx = new int[n];
        int[] prev = new int[n];
        int len = 0;
        for (int k = 0; k < n; k++) {
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (c.get(tailIdx[mid])[0] < c.get(k)[0]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[k] = lo > 0 ? tailIdx[lo - 1] : -1;
            tailIdx[lo] = k;
            if (lo == len) {
                len++;
            }
        }
        int[][] out = new int[len][];
        int k = len > 0 ? tailIdx[len - 1] : -1;
        for (int i = len - 1; i >= 0; i--) {
            out[i] = c.get(k);
            k = prev[k];
        }
        return out;
    }
}
