package dev.archivist.check.names;

import java.util.ArrayList;
import java.util.List;

/** Half-open character ranges of a text that must not be touched. */
final class Ranges {
    private final List<int[]> ranges = new ArrayList<>();

    void add(int start, int end) {
        if (end > start) {
            ranges.add(new int[] {start, end});
        }
    }

    boolean overlaps(int start, int end) {
        for (int[] r : ranges) {
            if (start < r[1] && r[0] < end) {
                return true;
            }
        }
        return false;
    }
}
