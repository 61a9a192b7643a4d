package dev.archivist.io;

import dev.archivist.model.ScalarStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a multi-line flow scalar's source line by line and says which value its first k lines
 * hold, for every k, as if text followed on the next line: YAML's line folding (a break is a
 * space, blank lines are line feeds, an escaped break is nothing) and its escapes. The result
 * only guides {@link KeptLines}, which parses what it writes before using it.
 *
 * <p>Every head is a prefix of one growing value, plus the space its line break folds into, so
 * the heads are kept as lengths into that value and a string is made only for the one used.
 */
final class FlowHeads {
    private final String value;
    /** Chars of {@link #value} that head k holds; -1 for a blank line, or a line not read. */
    private final int[] lengths;
    /** True when head k ends with the space its line break folds into (not after an escaped break). */
    private final boolean[] spaced;
    /** How many leading chars {@link #value} shares with the value it was read for. */
    private final int common;
    /** False when reading stopped before the last line, at one the target does not start with. */
    private final boolean complete;

    private FlowHeads(String value, int[] lengths, boolean[] spaced, int common, boolean complete) {
        this.value = value;
        this.lengths = lengths;
        this.spaced = spaced;
        this.common = common;
        this.complete = complete;
    }

    /**
     * Every line's head as a string, read from the whole source text.
     *
     * @param start offset of the scalar (its opening quote, if any)
     * @param lineEnds where each line but the last ends
     * @return for each line, the value so far plus what the following break adds; null for a blank line
     */
    static List<String> of(String source, int start, List<Integer> lineEnds, ScalarStyle style) {
        int[] ends = new int[lineEnds.size()];
        for (int k = 0; k < ends.length; k++) {
            ends[k] = lineEnds.get(k) - start;
        }
        int to = ends.length == 0 ? start : Math.min(source.length(), lineEnds.get(ends.length - 1) + 1);
        char[] s = new char[to - start];
        source.getChars(start, to, s, 0);
        FlowHeads heads = read(s, ends, style, null);
        List<String> out = new ArrayList<>(ends.length);
        for (int k = 0; k < ends.length; k++) {
            out.add(heads.head(k));
        }
        return out;
    }

    /**
     * The heads of a scalar's lines, read from a copy of its chars.
     *
     * @param s the scalar's source chars, from its first one (its opening quote, if any)
     * @param lineEnds where each line but the last ends, in {@code s}
     * @param target the value the heads are for: reading stops at the first line it does not
     *     start with, as no later head can be its prefix; null reads every line
     */
    static FlowHeads read(char[] s, int[] lineEnds, ScalarStyle style, String target) {
        int[] lengths = new int[lineEnds.length];
        boolean[] spaced = new boolean[lineEnds.length];
        StringBuilder value = new StringBuilder(s.length);
        StringBuilder line = new StringBuilder(128);
        int blankLines = 0;
        boolean joined = false;
        int common = 0;
        int pos = style == ScalarStyle.PLAIN ? 0 : 1;
        for (int k = 0; k < lineEnds.length; k++) {
            int end = lineEnds[k];
            int from = k == 0 ? pos : skipSpaces(s, pos, end);
            line.setLength(0);
            boolean escapedBreak = decode(s, from, end, style, line);
            if (line.length() == 0 && !escapedBreak) {
                blankLines++;
                lengths[k] = -1;
            } else {
                if (k > 0 && !joined) {
                    value.append(blankLines == 0 ? " " : "\n".repeat(blankLines));
                }
                value.append(line);
                blankLines = 0;
                joined = escapedBreak;
                lengths[k] = value.length();
                spaced[k] = !escapedBreak;
                common = target == null ? 0 : matched(value, target, common);
                if (target != null && common < value.length()) {
                    Arrays.fill(lengths, k + 1, lengths.length, -1);
                    return new FlowHeads(value.toString(), lengths, spaced, common, k == lineEnds.length - 1);
                }
            }
            pos = nextLine(s, end);
        }
        return new FlowHeads(value.toString(), lengths, spaced, common, true);
    }

    /**
     * True when every line was read: false when one before the last already left the target, so
     * that the heads after it are not known (they read as -1, as blank lines do) and none of them
     * is the target's prefix.
     */
    boolean complete() {
        return complete;
    }

    /** How many leading chars the value shares with the target, knowing the first {@code from} match. */
    private static int matched(StringBuilder value, String target, int from) {
        int n = Math.min(value.length(), target.length());
        int i = from;
        while (i < n && value.charAt(i) == target.charAt(i)) {
            i++;
        }
        return i;
    }

    /** The value the first k + 1 lines hold, with what the following break adds; null for a blank line. */
    String head(int k) {
        if (lengths[k] < 0) {
            return null;
        }
        return spaced[k] ? value.substring(0, lengths[k]) + " " : value.substring(0, lengths[k]);
    }

    /**
     * The length of head k when the value read for starts with it and goes on after it; else -1
     * (and for a blank line, or one not read).
     */
    int prefixOf(int k, String target) {
        int n = lengths[k];
        if (n < 0) {
            return -1;
        }
        int length = spaced[k] ? n + 1 : n;
        boolean prefix = target.length() > length && n <= common && (!spaced[k] || target.charAt(n) == ' ');
        return prefix ? length : -1;
    }

    private static int skipSpaces(char[] s, int from, int to) {
        int i = from;
        while (i < to && (s[i] == ' ' || s[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static int nextLine(char[] s, int lineEnd) {
        int i = lineEnd;
        if (i < s.length && s[i] == '\r') {
            i++;
        }
        if (i < s.length && s[i] == '\n') {
            i++;
        }
        return i;
    }

    /** Appends a line's content without its trailing blanks; true when it ends with an escaped line break. */
    private static boolean decode(char[] s, int from, int to, ScalarStyle style, StringBuilder out) {
        int keep = 0;
        int i = from;
        while (i < to) {
            char c = s[i];
            if (style == ScalarStyle.SINGLE_QUOTED && c == '\'' && i + 1 < to && s[i + 1] == '\'') {
                out.append('\'');
                i += 2;
            } else if (style == ScalarStyle.DOUBLE_QUOTED && c == '\\') {
                if (i + 1 >= to) {
                    return true; // white space before an escaped line break is content
                }
                i = escape(s, i + 1, to, out);
            } else {
                int run = i + 1;
                while (run < to && s[run] != '\\' && s[run] != '\'') {
                    run++;
                }
                out.append(s, i, run - i);
                i = run;
                continue;
            }
            keep = out.length();
        }
        trim(out, keep);
        return false;
    }

    /** Removes trailing spaces and tabs that were written as themselves, not as escapes. */
    private static void trim(StringBuilder out, int keep) {
        int n = out.length();
        while (n > keep && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\t')) {
            n--;
        }
        out.setLength(n);
    }

    /** Decodes the escape after a backslash, on a line ending at {@code to}; returns the offset after it. */
    private static int escape(char[] s, int i, int to, StringBuilder out) {
        char c = s[i];
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        if (digits > 0) {
            if (i + digits >= to) {
                throw new IllegalArgumentException("an escape cut by the end of its line");
            }
            out.appendCodePoint(Integer.parseInt(new String(s, i + 1, digits), 16));
            return i + 1 + digits;
        }
        out.append(switch (c) {
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 't', '\t' -> '\t';
            case 'n' -> '\n';
            case 'v' -> '\u000B';
            case 'f' -> '\f';
            case 'r' -> '\r';
            case 'e' -> '\u001B';
            case 'N' -> '\u0085';
            case '_' -> '\u00A0';
            case 'L' -> '\u2028';
            case 'P' -> '\u2029';
            default -> c;
        });
        return i + 1;
    }
}
