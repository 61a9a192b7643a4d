package dev.archivist.gui.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** Line diffs of the file on disk against the text to write, with context and gaps, in two layouts. */
public final class ReviewDiffs {
    static final int CONTEXT = 3;

    /** The rows of both layouts and the counts for the summary. */
    public record Result(List<DiffRow> unified, List<DiffRow> sideBySide, int added, int removed, int hunks) {
        public boolean empty() {
            return hunks == 0;
        }
    }

    private ReviewDiffs() {
    }

    public static Result of(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        Patch<String> patch = DiffUtils.diff(a, b);
        List<DiffRow> unified = new ArrayList<>();
        List<DiffRow> side = new ArrayList<>();
        int added = 0;
        int removed = 0;
        int oldPos = 0;
        int newPos = 0;
        List<AbstractDelta<String>> deltas = patch.getDeltas();
        for (int d = 0; d < deltas.size(); d++) {
            AbstractDelta<String> delta = deltas.get(d);
            int start = delta.getSource().getPosition();
            context(a, oldPos, start, newPos, d == 0, unified, side);
            newPos += start - oldPos;
            List<String> gone = delta.getSource().getLines();
            List<String> come = delta.getTarget().getLines();
            for (int i = 0; i < gone.size(); i++) {
                unified.add(new DiffRow(DiffRow.Type.REMOVED, start + i + 1, gone.get(i), 0, ""));
            }
            for (int i = 0; i < come.size(); i++) {
                unified.add(new DiffRow(DiffRow.Type.ADDED, 0, "", newPos + i + 1, come.get(i)));
            }
            for (int i = 0; i < Math.max(gone.size(), come.size()); i++) {
                boolean g = i < gone.size();
                boolean c = i < come.size();
                DiffRow.Type t = g && c ? DiffRow.Type.CHANGED : g ? DiffRow.Type.REMOVED : DiffRow.Type.ADDED;
                side.add(new DiffRow(t, g ? start + i + 1 : 0, g ? gone.get(i) : "", c ? newPos + i + 1 : 0, c ? come.get(i) : ""));
            }
            added += come.size();
            removed += gone.size();
            oldPos = start + gone.size();
            newPos += come.size();
        }
        if (!deltas.isEmpty()) {
            int end = Math.min(a.size(), oldPos + CONTEXT);
            for (int i = oldPos; i < end; i++) {
                DiffRow row = new DiffRow(DiffRow.Type.SAME, i + 1, a.get(i), newPos + (i - oldPos) + 1, a.get(i));
                unified.add(row);
                side.add(row);
            }
            if (end < a.size()) {
                unified.add(DiffRow.gap(a.size() - end));
                side.add(DiffRow.gap(a.size() - end));
            }
        }
        return new Result(List.copyOf(unified), List.copyOf(side), added, removed, deltas.size());
    }

    /** Unchanged lines [from, to) of the old text: a few after the last change and before the next, a gap between. */
    private static void context(List<String> a, int from, int to, int newFrom, boolean first, List<DiffRow> unified, List<DiffRow> side) {
        int headEnd = first ? from : Math.min(to, from + CONTEXT);
        int tailStart = Math.max(headEnd, to - CONTEXT);
        for (int i = from; i < headEnd; i++) {
            add(a, i, newFrom + (i - from), unified, side);
        }
        if (tailStart > headEnd) {
            unified.add(DiffRow.gap(tailStart - headEnd));
            side.add(DiffRow.gap(tailStart - headEnd));
        }
        for (int i = tailStart; i < to; i++) {
            add(a, i, newFrom + (i - from), unified, side);
        }
    }

    private static void add(List<String> a, int i, int newIndex, List<DiffRow> unified, List<DiffRow> side) {
        DiffRow row = new DiffRow(DiffRow.Type.SAME, i + 1, a.get(i), newIndex + 1, a.get(i));
        unified.add(row);
        side.add(row);
    }
}
