package dev.archivist.check.encoding;

import dev.archivist.check.SyntaxMatchers;
import dev.archivist.check.MarkdownLines;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fast first pass before the Markdown parser. Walking a text from its start, it settles the
 * openers whose meaning CommonMark's grammar fixes on their own: a {@code <} that can open
 * neither an autolink nor HTML is text, {@code <scheme:...>} and {@code <a@b.c>} are
 * autolinks, {@code [text](dest)} with no brackets, backticks, angle brackets, backslashes,
 * spaces or parentheses inside is an inline link. It stops at the first opener it cannot settle
 * (a backtick, a line that may start code ({@link MarkdownLines#mayStartCode}), possible HTML, any other bracket), from where the
 * parser decides. Most Slack texts are settled without parsing. {@code InlineOpenersTest}
 * checks that the result agrees with the parser on every character of the corpus.
 */
final class InlineOpeners {
    /** CommonMark's email autolink. */
    private static final Pattern EMAIL_AUTOLINK = Pattern.compile(
            "<[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*>");

    /**
     * What the pass settled.
     *
     * @param unsettled index of the first char the parser must decide (the text's length if none)
     * @param kinds the kinds settled before it, or null when all of it is prose
     */
    record Settled(int unsettled, byte[] kinds) {
    }

    private InlineOpeners() {
    }

    static Settled scan(String text) {
        int n = text.length();
        if (n > 0 && MarkdownLines.mayStartCode(text, 0)) {
            return new Settled(0, null);
        }
        byte[] kinds = null;
        Hops hops = new Hops(text);
        for (int i = 0; ; ) {
            int at = hops.next(i);
            if (at >= n || at == hops.tick) {
                return new Settled(Math.min(at, n), kinds);
            }
            if (at == hops.newline + 1) {
                if (MarkdownLines.mayStartCode(text, at)) {
                    return new Settled(at, kinds);
                }
                i = at;
                continue;
            }
            int end = settle(text, at, kinds);
            if (end < 0) {
                return new Settled(at, kinds);
            }
            if (end > at + 1 && kinds == null) {
                kinds = new byte[n];
                settle(text, at, kinds);
            }
            i = end;
        }
    }

    /** The next backtick, {@code <}, {@code [} and line start, found with indexOf rather than char by char. */
    private static final class Hops {
        private final String text;
        int tick = -1;
        int lt = -1;
        int bracket = -1;
        int newline = -1;

        Hops(String text) {
            this.text = text;
        }

        /** The first interesting index at or after {@code i} (the text's length when none). */
        int next(int i) {
            tick = tick < i ? find(text, '`', i) : tick;
            lt = lt < i ? find(text, '<', i) : lt;
            bracket = bracket < i ? find(text, '[', i) : bracket;
            newline = newline < i ? find(text, '\n', i) : newline;
            return Math.min(Math.min(tick, lt), Math.min(bracket, newline + 1));
        }
    }

    private static int find(String text, char c, int from) {
        int i = text.indexOf(c, from);
        return i < 0 ? text.length() : i;
    }

    /**
     * Settles the {@code <} or {@code [} at {@code at}, marking what it covers in {@code kinds}
     * (when not null); returns where to go on, or -1 when the parser must decide.
     */
    private static int settle(String text, int at, byte[] kinds) {
        if (MarkdownLines.escaped(text, at)) {
            return at + 1;
        }
        if (text.charAt(at) == '<') {
            int end = autolinkEnd(text, at);
            if (end > 0) {
                fill(kinds, at, end, TextRegions.URL);
                return end;
            }
            return mayOpenHtml(text, at) ? -1 : at + 1;
        }
        int end = SyntaxMatchers.simpleLinkEnd(text, at);
        if (end < 0) {
            return -1;
        }
        int start = at > 0 && text.charAt(at - 1) == '!' && !MarkdownLines.escaped(text, at - 1) ? at - 1 : at;
        fill(kinds, start, end, TextRegions.URL);
        if (!TextRegions.startsWithUrl(text, at + 1)) {
            fill(kinds, at + 1, text.lastIndexOf(']', end - 1), TextRegions.PROSE);
        }
        return end;
    }

    private static void fill(byte[] kinds, int from, int to, byte kind) {
        if (kinds != null) {
            Arrays.fill(kinds, from, to, kind);
        }
    }

    private static int autolinkEnd(String text, int i) {
        int uri = SyntaxMatchers.uriAutolinkEnd(text, i);
        if (uri >= 0) {
            return uri;
        }
        Matcher email = EMAIL_AUTOLINK.matcher(text).region(i, text.length());
        return email.lookingAt() ? email.end() : -1;
    }

    /**
     * Whether raw HTML (inline or a block) could start here: {@code </x}, {@code <!}, {@code <?},
     * or a tag name followed by a space, {@code /}, {@code >} or the end.
     */
    private static boolean mayOpenHtml(String text, int i) {
        if (i + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        if (next == '/' || next == '!' || next == '?') {
            return true;
        }
        if (!isAsciiLetter(next)) {
            return false;
        }
        int j = i + 2;
        while (j < text.length() && (isAsciiLetter(text.charAt(j)) || Character.isDigit(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return j == text.length() || Character.isWhitespace(text.charAt(j)) || text.charAt(j) == '/' || text.charAt(j) == '>';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

}
