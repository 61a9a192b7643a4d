package dev.archivist.io.read;

import dev.archivist.model.ParseError;

/**
 * Where the front matter and the body of a page are: between a first line {@code ---} and the
 * next line {@code ---} (or {@code ...}), exactly as Jekyll splits it.
 */
public record FrontMatterSplit(int start, int end, int bodyStart, ParseError error) {

    public static FrontMatterSplit of(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd, false)) {
            return failed("no front matter: the file must start with a line '---'", 1, 1);
        }
        int start = nextLine(text, firstEnd);
        int pos = start;
        int line = 2;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (isFence(text, pos, end, true)) {
                return new FrontMatterSplit(start, pos, nextLine(text, end), null);
            }
            pos = nextLine(text, end);
            line++;
        }
        return failed("the front matter is not closed: no line '---' after line 1", line - 1, 1);
    }

    private static boolean isFence(String text, int from, int to, boolean closing) {
        if (to - from < 3 || (text.charAt(from) != '-' && text.charAt(from) != '.')) {
            return false;
        }
        String line = text.substring(from, to).stripTrailing();
        return line.equals("---") || (closing && line.equals("..."));
    }

    public static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    public static int nextLine(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
            lineEnd++;
        }
        return lineEnd;
    }

    private static FrontMatterSplit failed(String message, int line, int column) {
        return new FrontMatterSplit(0, 0, 0, new ParseError(message, line, column));
    }
}
