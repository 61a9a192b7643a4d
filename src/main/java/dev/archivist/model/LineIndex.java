package dev.archivist.model;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Turns char offsets of a text into 1-based lines and columns. */
public final class LineIndex {
    /** From this many chars on, the line breaks are found in pieces on all cores. */
    private static final int PARALLEL_FROM = 1 << 20;
    private static final int PIECE = 1 << 19;
    private final int[] lineStarts;
    private final String text;

    public LineIndex(String text) {
        this.text = text;
        if (!TextFacts.hasCarriageReturn(text)) {
            // the common case, with indexOf instead of a char-by-char walk; a large text in pieces on
            // all cores, since the checks that ask for the first line number all wait for it
            int pieces = text.length() < PARALLEL_FROM ? 1 : (text.length() + PIECE - 1) / PIECE;
            int[][] found = new int[pieces][];
            IntStream all = IntStream.range(0, pieces);
            (pieces > 1 ? all.parallel() : all).forEach(p -> found[p] = newlines(text, p * PIECE,
                    (int) Math.min(text.length(), (long) (p + 1) * PIECE)));
            int total = 1;
            for (int[] f : found) {
                total += f.length;
            }
            lineStarts = new int[total];
            int at = 1;
            for (int[] f : found) {
                System.arraycopy(f, 0, lineStarts, at, f.length);
                at += f.length;
            }
            return;
        }
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

    /** The offset after each line break in [from, to). */
    private static int[] newlines(String text, int from, int to) {
        int[] starts = new int[64];
        int count = 0;
        for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
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
}
