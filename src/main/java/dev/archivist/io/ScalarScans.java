package dev.archivist.io;

import dev.archivist.model.ScalarStyle;
import dev.archivist.model.Span;
import dev.archivist.model.YScalar;

/** Scans quoted scalars for {@link FastBlockParser}, with YAML's folding and escapes. */
final class ScalarScans {

    private ScalarScans() {
    }

    /** A double-quoted ({@code dbl}) or single-quoted scalar starting at the parser's position. */
    static YScalar quoted(FastBlockParser p, boolean dbl) {
        char[] s = p.text();
        int end = p.end();
        int start = p.pos();
        char quote = dbl ? '"' : '\'';
        ValueBuffer v = p.valueBuffer();
        v.clear();
        int i = start + 1;
        int lineStart = lineStartOf(s, start);
        while (true) {
            if (i >= end) {
                throw FastBlockParser.giveUp();
            }
            char ch = s[i];
            if (ch == quote) {
                if (!dbl && i + 1 < end && s[i + 1] == '\'') {
                    v.append('\'');
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            if (dbl && ch == '\\') {
                char next = i + 1 < end ? s[i + 1] : '\n';
                if (next == '\n' || next == '\r') {
                    i = afterBreak(s, i + 1, end);
                    lineStart = i;
                    int[] state = breaks(s, i, end, v);
                    i = state[0];
                    lineStart = state[1] >= 0 ? state[1] : lineStart;
                    continue;
                }
                i = escape(s, i + 1, end, v);
                continue;
            }
            if (ch == ' ' || ch == '\t') {
                int j = i;
                while (j < end && (s[j] == ' ' || s[j] == '\t')) {
                    j++;
                }
                if (j < end && (s[j] == '\n' || s[j] == '\r')) {
                    i = j;
                } else {
                    v.append(s, i, j - i);
                    i = j;
                }
                continue;
            }
            if (ch == '\n' || ch == '\r') {
                i = afterBreak(s, i, end);
                lineStart = i;
                int before = v.length();
                int[] state = breaks(s, i, end, v);
                i = state[0];
                lineStart = state[1] >= 0 ? state[1] : lineStart;
                if (v.length() == before) {
                    v.append(' '); // a single line break folds to a space; empty lines are the line feeds
                }
                continue;
            }
            int j = run(s, i, end, dbl ? DOUBLE_QUOTED : SINGLE_QUOTED);
            if (j == i) {
                throw FastBlockParser.giveUp(); // a char it does not read
            }
            v.append(s, i, j - i);
            i = j;
        }
        p.pos(i);
        p.lineStart(lineStart);
        return new YScalar(v.toString(), YScalar.STR, dbl ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED,
                new Span(start, i));
    }

    /** How {@link #run} takes an ASCII char: as it is, a blank, or the end of the run. */
    private static final byte TAKEN = 0;
    private static final byte BLANK = 1;
    private static final byte STOP = 2;
    private static final byte[] DOUBLE_QUOTED = new byte[128];
    private static final byte[] SINGLE_QUOTED = new byte[128];

    static {
        for (byte[] table : new byte[][] {DOUBLE_QUOTED, SINGLE_QUOTED}) {
            for (char c = 0; c < 128; c++) {
                table[c] = c >= 0x20 && c <= 0x7E ? TAKEN : STOP; // control chars: not read here
            }
            table[' '] = BLANK;
            table['\t'] = BLANK;
        }
        DOUBLE_QUOTED['"'] = STOP;
        DOUBLE_QUOTED['\\'] = STOP;
        SINGLE_QUOTED['\''] = STOP;
    }

    /**
     * The end of the run of chars from {@code i} that the value takes as written: readable chars
     * and blanks not followed by a line break (those are folded away), up to a quote, an escape, a
     * line break or a char this parser does not read. One copy per run instead of one per word.
     */
    private static int run(char[] s, int i, int end, byte[] table) {
        int j = i;
        while (j < end) {
            char c = s[j];
            if (c >= 128) {
                if (!FastBlockParser.readable(c)) {
                    return j;
                }
                j++;
                continue;
            }
            byte k = table[c];
            if (k == TAKEN) {
                j++;
            } else if (k == BLANK) {
                int b = j + 1;
                while (b < end && (s[b] == ' ' || s[b] == '\t')) {
                    b++;
                }
                if (b < end && (s[b] == '\n' || s[b] == '\r')) {
                    return j;
                }
                j = b;
            } else {
                return j;
            }
        }
        return j;
    }

    private static int lineStartOf(char[] s, int i) {
        while (i > 0 && s[i - 1] != '\n' && s[i - 1] != '\r') {
            i--;
        }
        return i;
    }

    private static int afterBreak(char[] s, int i, int end) {
        if (i < end && s[i] == '\r') {
            i++;
        }
        if (i < end && s[i] == '\n') {
            i++;
        }
        return i;
    }

    /**
     * Skips leading blanks of continuation lines; each empty line adds a line feed to {@code out}.
     * Returns {position, start of the last line entered or -1}.
     */
    private static int[] breaks(char[] s, int i, int end, ValueBuffer out) {
        int lastLine = -1;
        while (true) {
            if (i + 3 <= end && ((s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '-') || (s[i] == '.' && s[i + 1] == '.' && s[i + 2] == '.'))
                    && (i + 3 == end || " \t\r\n".indexOf(s[i + 3]) >= 0) && (i == 0 || s[i - 1] == '\n')) {
                throw FastBlockParser.giveUp();
            }
            while (i < end && (s[i] == ' ' || s[i] == '\t')) {
                i++;
            }
            if (i < end && (s[i] == '\n' || s[i] == '\r')) {
                out.append('\n');
                i = afterBreak(s, i, end);
                lastLine = i;
                continue;
            }
            return new int[] {i, lastLine};
        }
    }

    /** Decodes the escape whose letter is at i; returns the position after it. */
    private static int escape(char[] s, int i, int end, ValueBuffer v) {
        if (i >= end) {
            throw FastBlockParser.giveUp();
        }
        char c = s[i];
        switch (c) {
            case '0' -> v.append('\0');
            case 'a' -> v.append('\u0007');
            case 'b' -> v.append('\b');
            // an escaped tab char is YAML 1.2, which SnakeYAML (the reference) refuses: left to it
            case 't' -> v.append('\t');
            case 'n' -> v.append('\n');
            case 'v' -> v.append('\u000B');
            case 'f' -> v.append('\f');
            case 'r' -> v.append('\r');
            case 'e' -> v.append('\u001B');
            case ' ' -> v.append(' ');
            case '"' -> v.append('"');
            case '\\' -> v.append('\\');
            case 'N' -> v.append('\u0085');
            case '_' -> v.append('\u00A0');
            case 'L' -> v.append('\u2028');
            case 'P' -> v.append('\u2029');
            case 'x' -> {
                return hex(s, i + 1, 2, end, v);
            }
            case 'u' -> {
                return hex(s, i + 1, 4, end, v);
            }
            case 'U' -> {
                return hex(s, i + 1, 8, end, v);
            }
            default -> throw FastBlockParser.giveUp();
        }
        return i + 1;
    }

    private static int hex(char[] s, int from, int digits, int end, ValueBuffer v) {
        if (from + digits > end) {
            throw FastBlockParser.giveUp();
        }
        int cp = 0;
        for (int k = from; k < from + digits; k++) {
            int d = Character.digit(s[k], 16);
            if (d < 0) {
                throw FastBlockParser.giveUp();
            }
            cp = cp * 16 + d;
        }
        if (!Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
            throw FastBlockParser.giveUp();
        }
        v.appendCodePoint(cp);
        return from + digits;
    }
}
