package dev.archivist.gui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DiffsTest {
    private static String lines(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void oneChangedLineShowsWithThreeLinesAroundAndGapsForTheRest() {
        String before = lines(20);
        String after = before.replace("line 10\n", "line ten\n");
        ReviewDiffs.Result d = ReviewDiffs.of(before, after);
        assertEquals(1, d.hunks());
        assertEquals(1, d.added());
        assertEquals(1, d.removed());
        assertEquals(DiffRow.Type.GAP, d.unified().get(0).type());
        assertEquals("⋯ 6 unchanged lines", d.unified().get(0).oldText());
        assertEquals(DiffRow.Type.REMOVED, d.unified().get(4).type());
        assertEquals(10, d.unified().get(4).oldNo());
        assertEquals(DiffRow.Type.ADDED, d.unified().get(5).type());
        assertEquals(10, d.unified().get(5).newNo());
        assertEquals(DiffRow.Type.CHANGED, d.sideBySide().get(4).type());
        assertEquals(DiffRow.Type.GAP, d.unified().get(d.unified().size() - 1).type());
    }

    @Test
    void anAddedLineNumbersTheLinesAfterItOneHigher() {
        String before = lines(5);
        String after = before.replace("line 3\n", "line 3\nnew\n");
        ReviewDiffs.Result d = ReviewDiffs.of(before, after);
        DiffRow last = d.unified().get(d.unified().size() - 1);
        assertEquals(5, last.oldNo());
        assertEquals(6, last.newNo());
    }

    @Test
    void noChangeIsAnEmptyDiff() {
        assertTrue(ReviewDiffs.of(lines(3), lines(3)).empty());
    }
}
