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
}
