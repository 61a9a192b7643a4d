package dev.archivist.gui;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/** The original line numbers (1-based) a change touched, for asserting minimal diffs. */
public final class LineDiff {

    private LineDiff() {
    }

    public static List<Integer> changedLines(String before, String after) {
        List<Integer> out = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(before.lines().toList(), after.lines().toList()).getDeltas()) {
            int from = d.getSource().getPosition();
            int size = Math.max(1, d.getSource().size());
            for (int i = 0; i < size; i++) {
                out.add(from + i + 1);
            }
        }
        return out;
    }
}
