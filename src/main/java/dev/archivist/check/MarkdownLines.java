package dev.archivist.check;

/**
 * What a line's start says about a Markdown text before any parsing, for the checks' fast
 * passes that settle a text without commonmark's parser (they must stop where the parser would
 * see a code block).
 */
public final class MarkdownLines {
    private MarkdownLines() {
    }

    /** Preceded by an odd number of backslashes: an escaped character, which Markdown shows as text. */
    public static boolean escaped(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == '\\') {
            i--;
        }
        return (at - 1 - i) % 2 == 1;
    }

    /**
     * True when the line starting here may open or hold a code block: a tab, a {@code ~~~} fence,
     * or four spaces in a row, at the start or after the quote signs and list markers that open
     * the line ({@code >}, {@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}, each followed
     * by a space). Indented code needs four spaces beyond its container's indent, so every
     * indented code block, in a list item or a quote too, starts on such a line; a backtick fence
     * is left to the callers, which stop at any backtick.
     */
    public static boolean mayStartCode(String text, int lineStart) {
        int n = text.length();
        int i = lineStart;
        while (i < n) {
            int spaces = 0;
            while (i < n && text.charAt(i) == ' ') {
                spaces++;
                i++;
            }
            if (spaces >= 4 || i < n && (text.charAt(i) == '\t' || text.startsWith("~~~", i))) {
                return true;
            }
            int marker = markerEnd(text, i);
            if (marker < 0) {
                return false;
            }
            i = marker;
        }
        return false;
    }

    /** The index after a container marker at {@code i} (the marker and one space, or the line's end), or -1. */
    private static int markerEnd(String text, int i) {
        int n = text.length();
        if (i >= n) {
            return -1;
        }
        char c = text.charAt(i);
        int end;
        if (c == '>') {
            end = i + 1;
        } else if (c == '-' || c == '*' || c == '+') {
            end = i + 1;
            if (end < n && text.charAt(end) != ' ' && text.charAt(end) != '\t' && text.charAt(end) != '\n') {
                return -1;
            }
        } else if (c >= '0' && c <= '9') {
            end = i;
            while (end < n && end - i < 9 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            if (end >= n || text.charAt(end) != '.' && text.charAt(end) != ')') {
                return -1;
            }
            end++;
            if (end < n && text.charAt(end) != ' ' && text.charAt(end) != '\t' && text.charAt(end) != '\n') {
                return -1;
            }
        } else {
            return -1;
        }
        return end < n && text.charAt(end) == '\n' ? -1 : end;
    }
}
