package dev.archivist.io.write;

import dev.archivist.model.ScalarStyle;
import java.util.Map;

/**
 * Writes one scalar's text in a given style. Folding follows PyYAML's emitter rule for rule
 * (break at a single space once past the width), so a PyYAML-folded scalar that is edited keeps
 * its untouched lines byte for byte.
 */
final class ScalarWriter {
    private final StringBuilder out;
    private final String lineSeparator;
    private final int indent;
    private final int width;
    private int column;
    /** Where the double-quoted writer's pending run of chars starts, and its columns. */
    private int runStart;
    private int runColumns;
    /** Chars written as these escapes in double quotes, as the source wrote them (empty for the house style). */
    private Map<Integer, String> keptEscapes = Map.of();

    /**
     * @param column 0-based column where the scalar starts
     * @param indent column of continuation lines and of literal block content
     * @param width fold past this column; 0 never folds
     * @param length the value's length, which the text's is close to
     */
    private ScalarWriter(String lineSeparator, int column, int indent, int width, int length) {
        // room for the value, its quotes and its folds, so the text is not copied as it grows
        this.out = new StringBuilder(length + length / 8 + 16);
        this.lineSeparator = lineSeparator;
        this.column = column;
        this.indent = indent;
        this.width = width;
    }

    /** The scalar in the style, which the caller has checked can hold it. */
    static String write(String value, ScalarStyle style, String lineSeparator, int column, int indent, int width) {
        return write(value, style, lineSeparator, column, indent, width, Map.of());
    }

    /**
     * As {@link #write(String, ScalarStyle, String, int, int, int)}; in double quotes, the chars
     * of {@code keptEscapes} are written as those escapes (a rewritten scalar keeps its {@code \xE9}).
     */
    static String write(String value, ScalarStyle style, String lineSeparator, int column, int indent, int width,
                        Map<Integer, String> keptEscapes) {
        ScalarWriter w = new ScalarWriter(lineSeparator, column, indent, width, value.length());
        w.keptEscapes = keptEscapes;
        switch (style) {
            case PLAIN -> w.plain(value);
            case SINGLE_QUOTED -> w.singleQuoted(value);
            case DOUBLE_QUOTED -> w.doubleQuoted(value);
            default -> w.literal(value);
        }
        return w.out.toString();
    }

    private boolean folding() {
        return width > 0;
    }

    private void text(String s) {
        out.append(s);
        column += s.codePointCount(0, s.length());
    }

    /** As {@link #text(String)} for {@code v[from, to)}, without cutting a substring. */
    private void text(String v, int from, int to) {
        out.append(v, from, to);
        column += v.codePointCount(from, to);
    }

    private void lineBreak() {
        out.append(lineSeparator);
        column = 0;
    }

    private void indentTo() {
        while (column < indent) {
            out.append(' ');
            column++;
        }
    }

    private void newLineIndented() {
        lineBreak();
        indentTo();
    }

    private void plain(String v) {
        int start = 0;
        int n = v.length();
        int i = 0;
        while (i < n) {
            if (v.charAt(i) == ' ') {
                boolean single = (i + 1 < n && v.charAt(i + 1) != ' ') && (i == 0 || v.charAt(i - 1) != ' ');
                text(v, start, i);
                if (single && folding() && column > width) {
                    newLineIndented();
                } else {
                    text(" ");
                }
                start = i + 1;
            }
            i++;
        }
        text(v, start, n);
    }

    private void singleQuoted(String v) {
        text("'");
        int n = v.length();
        int start = 0;
        int end = 0;
        boolean spaces = false;
        boolean breaks = false;
        while (end <= n) {
            char ch = end < n ? v.charAt(end) : 0;
            boolean atEnd = end == n;
            if (spaces) {
                if (atEnd || ch != ' ') {
                    // a tab beside the break would be read as white space around it, and dropped
                    if (start + 1 == end && folding() && column > width && start != 0 && end != n
                            && v.charAt(start - 1) != '\t' && v.charAt(end) != '\t') {
                        newLineIndented();
                    } else {
                        text(v, start, end);
                    }
                    start = end;
                }
            } else if (breaks) {
                if (atEnd || ch != '\n') {
                    if (v.charAt(start) == '\n') {
                        lineBreak();
                    }
                    for (int k = start; k < end; k++) {
                        lineBreak();
                    }
                    indentTo();
                    start = end;
                }
            } else if (atEnd || ch == ' ' || ch == '\n' || ch == '\'') {
                if (start < end) {
                    text(v, start, end);
                    start = end;
                }
            }
            if (!atEnd && ch == '\'') {
                text("''");
                start = end + 1;
            }
            if (!atEnd) {
                spaces = ch == ' ';
                breaks = ch == '\n';
            }
            end++;
        }
        text("'");
    }

    /**
     * PyYAML's {@code write_double_quoted} with house-style escapes. The columns of the pending
     * run are counted as it grows (a pair is one column) instead of again at each space, and a
     * run of plain chars is skipped in one loop, which made long texts slow to fold.
     */
    private void doubleQuoted(String v) {
        char[] c = v.toCharArray();
        text("\"");
        int n = c.length;
        int end = 0;
        while (end <= n) {
            if (runStart < end) {
                // a plain char inside a pending run is neither written nor a place to fold
                int plainEnd = plainRun(c, end);
                runColumns += plainEnd - end;
                end = plainEnd;
            }
            boolean atEnd = end == n;
            char ch = atEnd ? 0 : c[end];
            boolean pair = !atEnd && Character.isHighSurrogate(ch) && end + 1 < n && Character.isLowSurrogate(c[end + 1]);
            String kept = atEnd || keptEscapes.isEmpty() ? null
                    : keptEscapes.get(pair ? Character.toCodePoint(ch, c[end + 1]) : (int) ch);
            if (atEnd || kept != null || escaped(ch, pair)) {
                flushRun(c, end);
                if (!atEnd) {
                    text(kept != null ? kept : escape(ch));
                    runStart = end + (kept != null && pair ? 2 : 1);
                }
            }
            // right after an escape the run starts at end + 1, and PyYAML's end - start is then -1
            if (folding() && end > 0 && end < n - 1 && (ch == ' ' || runStart >= end)
                    && column + (runStart < end ? runColumns : end - runStart) > width) {
                foldAt(c, end);
            }
            if (runStart <= end) {
                runColumns++;
            }
            end += pair ? 2 : 1;
        }
        text("\"");
    }

    /** Writes the pending run up to {@code end}. */
    private void flushRun(char[] c, int end) {
        if (runStart < end) {
            out.append(c, runStart, end - runStart);
            column += runColumns;
            runStart = end;
            runColumns = 0;
        }
    }

    /** Writes the pending run, an escaped line break and, before a space, the backslash that keeps it. */
    private void foldAt(char[] c, int end) {
        if (runStart < end) {
            out.append(c, runStart, end - runStart);
            runStart = end;
            runColumns = 0;
        }
        out.append('\\');
        newLineIndented();
        if (c[runStart] == ' ') {
            out.append('\\');
            column++;
        }
    }

    /** The end of the run from {@code i} of chars other than spaces, escapes and surrogates. */
    private int plainRun(char[] c, int i) {
        int k = i;
        while (k < c.length) {
            char ch = c[k];
            boolean plain = ch < 0x7F ? ch > ' ' && ch != '"' && ch != '\\'
                    : ch >= 0xA0 && !Character.isSurrogate(ch) && !ScalarRules.needsEscape(ch)
                            && (keptEscapes.isEmpty() || !keptEscapes.containsKey((int) ch));
            if (!plain) {
                break;
            }
            k++;
        }
        return k;
    }

    /** True when the char at a position is written as an escape in double quotes. */
    private static boolean escaped(char ch, boolean pair) {
        if (ch >= 0x20 && ch < 0x7F) {
            return ch == '"' || ch == '\\';
        }
        return !pair && (ScalarRules.needsEscape(ch) || ch == '\n' || ch == '\t' || Character.isSurrogate(ch));
    }

    static String escape(char c) {
        return switch (c) {
            case 0 -> "\\0";
            case 0x07 -> "\\a";
            case 0x08 -> "\\b";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case 0x0B -> "\\v";
            case 0x0C -> "\\f";
            case '\r' -> "\\r";
            case 0x1B -> "\\e";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case 0x85 -> "\\N";
            case 0xA0 -> "\\_";
            case 0x2028 -> "\\L";
            case 0x2029 -> "\\P";
            default -> c <= 0xFF ? "\\x" + hex(c, 2) : "\\u" + hex(c, 4);
        };
    }

    /** Upper-case hex digits, zero-padded, as {@code %0NX} writes them. */
    private static String hex(char c, int digits) {
        char[] out = new char[digits];
        for (int k = digits - 1, v = c; k >= 0; k--, v >>= 4) {
            out[k] = "0123456789ABCDEF".charAt(v & 0xF);
        }
        return new String(out);
    }

    private void literal(String v) {
        String hints = blockHints(v);
        text("|" + hints);
        int n = v.length();
        int lineStart = 0;
        // the final line break of a clip or keep block is the scalar's; the writer leaves it to the caller
        int stop = hints.endsWith("-") ? n : n - 1;
        lineBreak();
        while (lineStart <= stop) {
            int nl = v.indexOf('\n', lineStart);
            if (nl < 0 || nl > stop) {
                nl = stop;
            }
            if (nl > lineStart) {
                indentTo();
                text(v.substring(lineStart, nl));
            }
            if (nl >= stop) {
                break;
            }
            lineBreak();
            lineStart = nl + 1;
        }
    }

    private String blockHints(String v) {
        String hints = "";
        int firstContent = 0;
        while (firstContent < v.length() && v.charAt(firstContent) == '\n') {
            firstContent++;
        }
        if (firstContent < v.length() && v.charAt(firstContent) == ' ') {
            hints = "2";
        }
        if (!v.endsWith("\n")) {
            return hints + "-";
        }
        return v.length() >= 2 && v.charAt(v.length() - 2) == '\n' ? hints + "+" : hints;
    }
}
