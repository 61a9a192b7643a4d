package dev.archivist.model;

import java.util.Arrays;

/** Turns char offsets of a text into 1-based lines and columns. */
public final class LineIndex {
    private final int[] lineStarts;
    private final String text;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    /** 1-based line of the offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of the offset, counted in code points. */
    public int column(int offset) {
        int start = lineStarts[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    /** Offset where the 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Char offset of a 1-based line and code-point column, clamped to the text. */
    public int offset(int line, int column) {
        int start = lineStart(line);
        int offset = start;
        for (int c = 1; c < column && offset < text.length(); c++) {
            char ch = text.charAt(offset);
            if (ch == '\n' || ch == '\r') {
                break;
            }
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }

    /** Indexes of equal texts are equal: an index is made from its text alone. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LineIndex other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
