package dev.archivist.io;

import dev.archivist.model.ScalarStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a multi-line flow scalar's source line by line and says which value its first k lines
 * hold, for every k, as if text followed on the next line: YAML's line folding (a break is a
 * space, blank lines are line feeds, an escaped break is nothing) and its escapes. The result
 * only guides {@link KeptLines}, which parses what it writes before using it.
 */
final class FlowHeads {

    private FlowHeads() {
    }

    /**
     * @param start offset of the scalar (its opening quote, if any)
     * @param lineEnds where each line but the last ends
     * @return for each line, the value so far plus what the following break adds; null for a blank line
     */
    static List<String> of(String source, int start, List<Integer> lineEnds, ScalarStyle style) {
        List<String> heads = new ArrayList<>(lineEnds.size());
        StringBuilder value = new StringBuilder();
        int blankLines = 0;
        boolean joined = false;
        int pos = style == ScalarStyle.PLAIN ? start : start + 1;
        for (int k = 0; k < lineEnds.size(); k++) {
            int end = lineEnds.get(k);
            int from = k == 0 ? pos : skipSpaces(source, pos, end);
            StringBuilder line = new StringBuilder();
            boolean escapedBreak = decode(source, from, end, style, line);
            if (line.length() == 0 && !escapedBreak) {
                blankLines++;
                heads.add(null);
            } else {
                if (k > 0 && !joined) {
                    value.append(blankLines == 0 ? " " : "\n".repeat(blankLines));
                }
                value.append(line);
                blankLines = 0;
                joined = escapedBreak;
                heads.add(escapedBreak ? value.toString() : value + " ");
            }
            pos = FrontMatterSplit.nextLine(source, end);
        }
        return heads;
    }

    private static int skipSpaces(String s, int from, int to) {
        int i = from;
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Appends a line's content without its trailing blanks; true when it ends with an escaped line break. */
    private static boolean decode(String s, int from, int to, ScalarStyle style, StringBuilder out) {
        int keep = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (style == ScalarStyle.SINGLE_QUOTED && c == '\'' && i + 1 < to && s.charAt(i + 1) == '\'') {
                out.append('\'');
                i += 2;
            } else if (style == ScalarStyle.DOUBLE_QUOTED && c == '\\') {
                if (i + 1 >= to) {
                    return true; // white space before an escaped line break is content
                }
                i = escape(s, i + 1, out);
            } else {
                out.append(c);
                i++;
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

    /** Decodes the escape after a backslash; returns the offset after it. */
    private static int escape(String s, int i, StringBuilder out) {
        char c = s.charAt(i);
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        if (digits > 0 && i + digits < s.length()) {
            out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + digits), 16));
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
