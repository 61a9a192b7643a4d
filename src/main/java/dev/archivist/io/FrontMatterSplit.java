package dev.archivist.io;

import dev.archivist.model.ParseError;
import dev.archivist.model.TextFacts;
import java.util.concurrent.CompletableFuture;

/**
 * Where the front matter and the body of a page are: between a first line {@code ---} and the
 * next line {@code ---} (or {@code ...}), exactly as Jekyll splits it.
 */
record FrontMatterSplit(int start, int end, int bodyStart, ParseError error) {

    static FrontMatterSplit of(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd, false)) {
            return failed("no front matter: the file must start with a line '---'", 1, 1);
        }
        int start = nextLine(text, firstEnd);
        if (!TextFacts.hasCarriageReturn(text)) {
            return withoutCarriageReturns(text, start);
        }
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

    /**
     * The same search when no line ends in CR: jumps from one line starting with {@code -} or
     * {@code .} to the next with {@code indexOf}, instead of walking every char of a large front
     * matter; a large text is searched in two halves side by side, the first half's fence first.
     */
    private static FrontMatterSplit withoutCarriageReturns(String text, int start) {
        int n = text.length();
        int fence;
        if (n - start >= PARALLEL_FROM) {
            int mid = start + (n - start) / 2;
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> firstFence(text, start, mid, n));
            fence = firstFence(text, start, start, mid);
            fence = fence >= 0 ? fence : second.join();
        } else {
            fence = firstFence(text, start, start, n);
        }
        if (fence >= 0) {
            return new FrontMatterSplit(start, fence, nextLine(text, lineEnd(text, fence, false)), null);
        }
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < n - 1; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return failed("the front matter is not closed: no line '---' after line 1", lines, 1);
    }

    /** Texts from this many chars on are searched for their closing fence in two halves at once. */
    private static final int PARALLEL_FROM = 1 << 20;

    /**
     * The start of the first closing fence line that starts in [from, to), or -1; {@code start}
     * is where the front matter's lines begin (a line starts there, or after a line break).
     */
    private static int firstFence(String text, int start, int from, int to) {
        int n = text.length();
        // the next "\n-" and "\n." at or after the current line, each searched again only once passed
        int dash = -1;
        int dot = -1;
        int pos = from == start || text.charAt(from - 1) == '\n' ? from : nextCandidate(text, from - 1, n);
        while (pos < to) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? n : end;
            if (isFence(text, pos, end, true)) {
                return pos;
            }
            if (dash != n && dash < end) {
                dash = text.indexOf("\n-", end);
                dash = dash < 0 ? n : dash;
            }
            if (dot != n && dot < end) {
                dot = text.indexOf("\n.", end);
                dot = dot < 0 ? n : dot;
            }
            int next = Math.min(dash, dot);
            pos = next == n ? n : next + 1;
        }
        return -1;
    }

    /** The first line start after {@code from} whose line starts with - or . (n when none). */
    private static int nextCandidate(String text, int from, int n) {
        int dash = text.indexOf("\n-", from);
        int dot = text.indexOf("\n.", from);
        int next = Math.min(dash < 0 ? n : dash, dot < 0 ? n : dot);
        return next == n ? n : next + 1;
    }

    private static boolean isFence(String text, int from, int to, boolean closing) {
        if (to - from < 3 || (text.charAt(from) != '-' && text.charAt(from) != '.')) {
            return false;
        }
        String line = text.substring(from, to).stripTrailing();
        return line.equals("---") || (closing && line.equals("..."));
    }

    /** As {@link #lineEnd(String, int)}, for a caller that knows whether the text holds a CR at all. */
    static int lineEnd(String text, int from, boolean hasCarriageReturn) {
        if (hasCarriageReturn) {
            return lineEnd(text, from);
        }
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    static int nextLine(String text, int lineEnd) {
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
