package dev.archivist.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The front matter ends at the first line {@code ---} or {@code ...} after the first, as Jekyll
 * splits it; a large text is searched in two halves at once and must end at the same line.
 */
class FrontMatterSplitTest {
    private static final String LINE = "- name: Ann\n  text: a line --- with dashes . and dots\n";

    /** The split of a text, and the same split found line by line (the reference). */
    private static void sameAsLineByLine(String text) {
        FrontMatterSplit split = FrontMatterSplit.of(text);
        int start = text.indexOf('\n') + 1;
        int expected = -1;
        for (int pos = start; pos < text.length(); ) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? text.length() : end;
            String line = text.substring(pos, end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                expected = pos;
                break;
            }
            pos = end + 1;
        }
        if (expected < 0) {
            assertNotNull(split.error(), "no closing line");
        } else {
            assertNull(split.error());
            assertEquals(expected, split.end());
        }
    }

    @Test
    void theFirstClosingLineEndsItWhereverItIsInALargeText() {
        int lines = (1 << 21) / LINE.length();
        String body = LINE.repeat(lines);
        int mid = 4 + body.length() / 2;
        for (String closing : new String[] {"---", "...", "---  "}) {
            // in the first half, in the second, on either side of the middle, and both
            sameAsLineByLine("---\n" + body.substring(0, 1000) + closing + "\n" + body + "---\nbody\n");
            sameAsLineByLine("---\n" + body + closing + "\nbody\n");
            for (int near = -60; near <= 60; near += 7) {
                int cut = body.lastIndexOf('\n', mid + near - 4) + 1;
                sameAsLineByLine("---\n" + body.substring(0, cut) + closing + "\n" + body.substring(cut) + "---\n");
            }
        }
        sameAsLineByLine("---\n" + body + "--- not a fence\n-- \n....\n");
        // "x---" with the middle of the text at its dashes: a line that only ends like a fence
        String half = LINE.repeat(lines / 2);
        String text = "---\n" + half + "abcdef\n" + "x---\n" + half + "---\n";
        assertEquals(text.indexOf("x---\n") + 1, 4 + (text.length() - 4) / 2, "the middle is at the dashes");
        sameAsLineByLine(text);
        sameAsLineByLine("---\n" + body);
    }

    @Test
    void smallTextsToo() {
        sameAsLineByLine("---\ntitle: x\n---\nbody");
        sameAsLineByLine("---\ntitle: x\n...\n---\n");
        sameAsLineByLine("---\n---\n");
        sameAsLineByLine("---\ntitle: x\n");
    }
}
