package dev.archivist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Lines and columns as a person counts them: 1-based, columns in characters, any line ending. */
class LineIndexTest {

    @Test
    void linesAndColumnsAreOneBased() {
        LineIndex idx = new LineIndex("ab\ncd\n");
        assertEquals(1, idx.line(0));
        assertEquals(1, idx.column(0));
        assertEquals(2, idx.line(3));
        assertEquals(2, idx.column(4));
        assertEquals(3, idx.line(6));
        assertEquals(3, idx.lineCount());
    }

    @Test
    void crlfAndLoneCrEndLines() {
        LineIndex idx = new LineIndex("a\r\nb\rc");
        assertEquals(2, idx.line(3));
        assertEquals(3, idx.line(5));
        assertEquals(1, idx.column(5));
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        String text = "x: 😂é!";
        LineIndex idx = new LineIndex(text);
        assertEquals(5, idx.column(text.indexOf('é')));
        assertEquals(text.indexOf('!'), idx.offset(1, 6));
    }

    @Test
    void offsetIsTheInverseOfLineAndColumn() {
        String text = "---\ntitle: T\r\narchive:\n- name: A\n";
        LineIndex idx = new LineIndex(text);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                assertEquals(i, idx.offset(idx.line(i), idx.column(i)), "offset " + i);
            }
        }
    }

    @Test
    void aLargeTextIndexedInPiecesHasEveryLineOnceInOrder() {
        // lines of many lengths, with breaks on, just before and just after the pieces' edges
        StringBuilder b = new StringBuilder();
        java.util.List<Integer> starts = new java.util.ArrayList<>(java.util.List.of(0));
        java.util.Random random = new java.util.Random(7);
        int piece = 1 << 19;
        while (b.length() < 3 * piece + 1000) {
            int edge = (b.length() / piece + 1) * piece;
            int length = edge - b.length() <= 2 ? edge - b.length() : random.nextInt(200);
            b.append("x".repeat(Math.max(0, length - 1))).append('\n');
            starts.add(b.length());
        }
        String text = b.toString();
        LineIndex idx = new LineIndex(text);
        assertEquals(starts.size(), idx.lineCount());
        for (int line = 0; line < starts.size(); line++) {
            assertEquals(line + 1, idx.line(starts.get(line)), "line " + (line + 1));
            if (starts.get(line) > 0) {
                assertEquals(line, idx.line(starts.get(line) - 1));
            }
        }
    }
}
